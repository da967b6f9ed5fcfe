import type { CatalogPolicy } from "../../lib/rule";

export const wafPolicies: readonly CatalogPolicy[] = [];
