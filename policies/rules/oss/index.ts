import type { CatalogPolicy } from "../../lib/rule";

export const ossPolicies: readonly CatalogPolicy[] = [];
