import type { CatalogPolicy } from "../../lib/rule";

export const rdsPolicies: readonly CatalogPolicy[] = [];
