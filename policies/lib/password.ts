/**
 * The account password policy comes in two provider classes with different inputs and defaults:
 * `ram.AccountPasswordPolicy` (whose destroy resets the account's policy to the provider's
 * defaults) and `ram.PasswordPolicy` (provider 1.247, whose destroy leaves the policy as it is, the
 * one the project uses). The ram-password-policy-* rules read both through this one view, with
 * each class's own defaults for what is left unset.
 */
export const ACCOUNT_PASSWORD_POLICY = "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy";
export const PASSWORD_POLICY = "alicloud:ram/passwordPolicy:PasswordPolicy";
export const PASSWORD_POLICY_TYPES: readonly string[] = [ACCOUNT_PASSWORD_POLICY, PASSWORD_POLICY];

export type ComplexityInput = "requireLowercaseCharacters" | "requireUppercaseCharacters" | "requireNumbers" | "requireSymbols";
export const COMPLEXITY_INPUTS: readonly ComplexityInput[] = ["requireLowercaseCharacters", "requireUppercaseCharacters", "requireNumbers", "requireSymbols"];

interface ClassDefaults {
    readonly minimumPasswordLength: number;
    readonly complexity: boolean;
    readonly maxLoginAttempts: number;
    /** The input holding the lockout threshold (the newer class spells it `maxLoginAttemps`). */
    readonly attemptsInput: "maxLoginAttempts" | "maxLoginAttemps";
}

/** Provider defaults when an input is left out (typings of @pulumi/alicloud 3.108.0). */
const DEFAULTS: Readonly<Record<string, ClassDefaults>> = {
    [ACCOUNT_PASSWORD_POLICY]: { minimumPasswordLength: 12, complexity: true, maxLoginAttempts: 5, attemptsInput: "maxLoginAttempts" },
    [PASSWORD_POLICY]: { minimumPasswordLength: 8, complexity: false, maxLoginAttempts: 0, attemptsInput: "maxLoginAttemps" },
};

export interface PasswordView {
    readonly minimumPasswordLength: number;
    /** Per class input: its value, and whether it was set or is the provider's default. */
    readonly complexity: Readonly<Record<ComplexityInput, { readonly value: boolean; readonly set: boolean }>>;
    readonly passwordReusePrevention: number;
    readonly maxPasswordAge: number;
    readonly maxLoginAttempts: number;
    readonly attemptsInput: string;
}

const num = (v: unknown, fallback: number): number => (typeof v === "number" ? v : fallback);

/** The password policy `props` of class `type` with the class's defaults filled in. */
export function passwordView(type: string, props: Readonly<Record<string, unknown>>): PasswordView {
    const d = DEFAULTS[type] ?? DEFAULTS[ACCOUNT_PASSWORD_POLICY];
    const complexity = Object.fromEntries(
        COMPLEXITY_INPUTS.map((c) => [c, typeof props[c] === "boolean" ? { value: props[c] as boolean, set: true } : { value: d.complexity, set: false }]),
    ) as Record<ComplexityInput, { value: boolean; set: boolean }>;
    return {
        minimumPasswordLength: num(props.minimumPasswordLength, d.minimumPasswordLength),
        complexity,
        passwordReusePrevention: num(props.passwordReusePrevention, 0),
        maxPasswordAge: num(props.maxPasswordAge, 0),
        maxLoginAttempts: num(props[d.attemptsInput], d.maxLoginAttempts),
        attemptsInput: d.attemptsInput,
    };
}
