import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { notHere, referencedStacks, unresolved } from "../../lib/layers";
import { ANY_SOURCE, ofType, refersTo } from "../../lib/util";

const CONFIGURATION = "alicloud:ess/scalingConfiguration:ScalingConfiguration";
const SECURITY_GROUP = "alicloud:ecs/securityGroup:SecurityGroup";
const SG_RULE = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

/**
 * Joins by reference twice: configuration → security group (securityGroupId / securityGroupIds), then
 * security group ← rule (securityGroupId). Rules of groups the configuration does not use are ignored.
 */
export const essScalingConfigurationSgPublicAccess = stackRule({
    meta: {
        id: "ess-scaling-configuration-sg-public-access",
        service: "ess",
        title: text(
            "Scaling configurations do not use security groups open to the internet",
            "Les configurations de mise à l'échelle n'utilisent pas de groupe de sécurité ouvert sur Internet",
        ),
        description: text(
            "The security groups of an Auto Scaling configuration must have no accepting ingress rule from 0.0.0.0/0 or ::/0: "
                + "scaled instances are reached through the load balancer only.",
            "Les groupes de sécurité d'une configuration Auto Scaling ne doivent avoir aucune règle d'entrée acceptant 0.0.0.0/0 ou "
                + "::/0 : les instances mises à l'échelle ne sont jointes que via l'équilibreur de charge.",
        ),
        remediation: text(
            "Restrict cidrIp / ipv6CidrIp of the alicloud.ecs.SecurityGroupRule to the load balancer's vSwitch range, or use "
                + "sourceSecurityGroupId.",
            "Restreindre cidrIp / ipv6CidrIp de la alicloud.ecs.SecurityGroupRule à la plage du vSwitch de l'équilibreur de charge, "
                + "ou utiliser sourceSecurityGroupId.",
        ),
        severity: "high",
        resourceTypes: [CONFIGURATION, SECURITY_GROUP, SG_RULE],
        frameworks: { cis: ["4.3", "4.4"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (resources, { args, report }) => {
        const groups = ofType(resources, SECURITY_GROUP);
        // In a layer stack a configuration's security groups may be the network stack's, their rules with them.
        const layered = referencedStacks(resources).length > 0;
        const elsewhere: string[] = [];
        let reported = false;
        const openRules = ofType(resources, SG_RULE).filter((r) => {
            const p = r.props as Partial<ResourceProps<SecurityGroupRuleArgs>>;
            const source = p.cidrIp ?? p.ipv6CidrIp;
            return p.type === "ingress" && (p.policy ?? "accept") === "accept" && source !== undefined && ANY_SOURCE.includes(source);
        });
        for (const conf of ofType(resources, CONFIGURATION)) {
            const missing = layered ? [...unresolved(conf, "securityGroupId", groups), ...unresolved(conf, "securityGroupIds", groups)] : [];
            if (missing.length > 0) elsewhere.push(`the rules of security group(s) ${missing.join(", ")} of scaling configuration "${conf.name}"`);
            const used = groups.filter((g) => refersTo(conf, "securityGroupId", g) || refersTo(conf, "securityGroupIds", g));
            for (const group of used) {
                for (const rule of openRules.filter((r) => refersTo(r, "securityGroupId", group))) {
                    const p = rule.props as Partial<ResourceProps<SecurityGroupRuleArgs>>;
                    const source = p.cidrIp ?? p.ipv6CidrIp;
                    report(
                        text(
                            `Scaling configuration "${conf.name}" uses security group "${group.name}" whose rule "${rule.name}" accepts `
                                + `ingress from ${source}; restrict the rule's source.`,
                            `La configuration de mise à l'échelle « ${conf.name} » utilise le groupe de sécurité « ${group.name} » dont la `
                                + `règle « ${rule.name} » accepte l'entrée depuis ${source} ; restreindre la source de la règle.`,
                        ),
                        conf.urn,
                    );
                    reported = true;
                }
            }
        }
        notHere(args, resources, elsewhere, reported);
    },
});
