import type { CatalogPolicy } from "../../lib/rule";

export const slbPolicies: readonly CatalogPolicy[] = [];
