import type { CatalogPolicy } from "../../lib/rule";

export const ecsPolicies: readonly CatalogPolicy[] = [];
