import type { CatalogPolicy } from "../../lib/rule";

export const logPolicies: readonly CatalogPolicy[] = [];
