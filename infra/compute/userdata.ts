/**
 * The app servers' user data: a template from settings (`dakar2026:userDataTemplate`, or the
 * default below) whose {{placeholders}} are filled from other layers' typed outputs. It says where
 * things are (region, secret names, buckets, the log store), never a credential: the app reads its
 * credentials at boot from the KMS secrets, through the instance's role.
 */
import { key, quote, SettingsError } from "../core/config";

/** What a template may ask for, and what fills it. */
export const PLACEHOLDERS = [
    "environment",
    "region",
    "appPort",
    "databaseSecretName",
    "cacheSecretName",
    "mediaBucket",
    "staticBucket",
    "backupsBucket",
    "logProject",
    "logStore",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const USER_DATA_KEY = "userDataTemplate";

/** ECS takes at most 32 KB of user data before encoding; half is left to the filled-in values. */
export const TEMPLATE_MAX = 16_384;

/**
 * The default: an environment file the app's service reads (the image installs the service).
 * Shell, because cloud-init runs a script that starts with "#!" on every image ECS offers.
 */
export const DEFAULT_USER_DATA = `#!/bin/sh
# Where the app finds its secrets, buckets and log store. Credentials are NOT here: the app reads
# them from the KMS secrets named below, through the instance's RAM role (metadata tokens required).
set -eu
install -d -m 0755 /etc/dakar2026
cat > /etc/dakar2026/app.env <<'ENV'
DAKAR2026_ENVIRONMENT={{environment}}
DAKAR2026_REGION={{region}}
DAKAR2026_APP_PORT={{appPort}}
DAKAR2026_DATABASE_SECRET_NAME={{databaseSecretName}}
DAKAR2026_CACHE_SECRET_NAME={{cacheSecretName}}
DAKAR2026_MEDIA_BUCKET={{mediaBucket}}
DAKAR2026_STATIC_BUCKET={{staticBucket}}
DAKAR2026_EXPORTS_BUCKET={{backupsBucket}}
DAKAR2026_LOG_PROJECT={{logProject}}
DAKAR2026_LOG_STORE={{logStore}}
ENV
chmod 0644 /etc/dakar2026/app.env
`;

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** Checks a template: something cloud-init runs, of a size ECS accepts, asking only for known placeholders. */
export function checkTemplate(template: string): string {
    const k = key(USER_DATA_KEY);
    if (!/^(#!|#cloud-config\b)/.test(template)) {
        throw new SettingsError(`${k} ${quote(template.split("\n")[0])} is not allowed: the template must start with "#!" (a script) or "#cloud-config"`);
    }
    if (template.length > TEMPLATE_MAX) throw new SettingsError(`${k} is ${template.length} characters long; at most ${TEMPLATE_MAX} are allowed`);
    for (const m of template.matchAll(PLACEHOLDER)) {
        if (!(PLACEHOLDERS as readonly string[]).includes(m[1])) {
            throw new SettingsError(`${k} asks for ${quote(m[0])}, which nothing fills; allowed placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`);
        }
    }
    return template;
}

/** The template with every placeholder filled. */
export function renderUserData(template: string, values: Readonly<Record<Placeholder, string>>): string {
    return template.replace(PLACEHOLDER, (_, name: string) => values[name as Placeholder]);
}

/** User data as the ECS API takes it: Base64 (the provider passes the value through unchanged). */
export function encodeUserData(text: string): string {
    return Buffer.from(text, "utf8").toString("base64");
}
