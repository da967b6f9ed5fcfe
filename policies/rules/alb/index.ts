import type { CatalogPolicy } from "../../lib/rule";

export const albPolicies: readonly CatalogPolicy[] = [];
