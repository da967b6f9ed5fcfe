import type { CatalogPolicy } from "../../lib/rule";

export const cdnPolicies: readonly CatalogPolicy[] = [];
