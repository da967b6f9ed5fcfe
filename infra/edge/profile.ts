/** The edge layer's slice of the environment profiles, and the guardrail levels it implies. */
import type { GuardrailConfig } from "../core/guardrails";
import { CORE_PROFILES, ProfileName } from "../core/profile";

/** ALB editions: "StandardWithWaf" is the Standard edition with WAF 3.0 built in (docs/decisions/0009). */
export type AlbEdition = "Standard" | "StandardWithWaf";

export interface EdgeProfile {
    /** The ALB's edition: WAF only where the Games' public traffic arrives (prod). */
    readonly albEdition: AlbEdition;
    /** Whether the stack buys the account's WAF 3.0 instance, which the WAF edition of the ALB needs. */
    readonly waf: boolean;
    /** Initial shards of the ALB access-log logstore (auto-split raises it under load). */
    readonly accessLogShardCount: number;
}

export const EDGE_PROFILES: Readonly<Record<ProfileName, EdgeProfile>> = {
    dev: { albEdition: "Standard", waf: false, accessLogShardCount: 1 },
    staging: { albEdition: "Standard", waf: false, accessLogShardCount: 2 },
    prod: { albEdition: "StandardWithWaf", waf: true, accessLogShardCount: 4 },
};

export function edgeGuardrails(profile: ProfileName): GuardrailConfig {
    const p = EDGE_PROFILES[profile];
    // Deletion protection follows the profile, as for the NAT gateway; the WAF edition is a cost
    // that only prod's public traffic justifies: where a profile chooses neither, the rule advises.
    return {
        "alb-delete-protection-enabled": CORE_PROFILES[profile].protect ? "mandatory" : "advisory",
        "alb-instance-waf-enabled": p.albEdition === "StandardWithWaf" ? "mandatory" : "advisory",
        // The API's ALB faces the internet (decision 0008); the rule accepts that behind the WAF
        // edition. Where the profile chooses no WAF, it reports the exposure without blocking.
        "alb-address-type-intranet": p.albEdition === "StandardWithWaf" ? "mandatory" : "advisory",
    };
}
