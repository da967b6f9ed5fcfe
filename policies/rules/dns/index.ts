import type { CatalogPolicy } from "../../lib/rule";

export const dnsPolicies: readonly CatalogPolicy[] = [];
