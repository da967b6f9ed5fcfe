/**
 * Which configuration keys a stack may set outside the project's own: the Alibaba Cloud provider's
 * real settings and Pulumi's reserved namespace. Anything else is a typo that would otherwise be
 * ignored silently, so the loader refuses it and suggests the closest known key.
 */

/** Every setting @pulumi/alicloud reads (its config/vars module); a test keeps the two equal. */
export const ALICLOUD_CONFIG_KEYS = [
    "accessKey", "accountId", "accountType", "assumeRole", "assumeRoleWithOidc", "clientConnectTimeout",
    "clientReadTimeout", "configurationSource", "credentialsUri", "ecsRoleName", "endpoints", "fc", "features",
    "logEndpoint", "maxRetryTimeout", "mnsEndpoint", "otsInstanceName", "profile", "protocol", "region", "secretKey",
    "secureTransport", "securityToken", "securityTransport", "sharedCredentialsFile", "signVersion",
    "skipRegionValidation", "sourceIp",
] as const;

/** Provider settings that carry credentials: the only keys a stack may give as secrets outside the project's own. */
export const ALICLOUD_SECRET_KEYS: readonly string[] = ["accessKey", "secretKey", "securityToken", "assumeRole", "assumeRoleWithOidc"];

/** Namespaces a stack file may use besides the project's. `pulumi:` is reserved by Pulumi itself. */
export const RESERVED_NAMESPACE = "pulumi";

/** Edit distance, for suggesting what a mistyped key was meant to be. */
export function editDistance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}

/** The known key closest to `key`, when it is close enough to be a plausible typo. */
export function closest(key: string, known: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = editDistance(key, k);
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}
