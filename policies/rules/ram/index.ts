import type { CatalogPolicy } from "../../lib/rule";

export const ramPolicies: readonly CatalogPolicy[] = [];
