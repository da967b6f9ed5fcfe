import type { CatalogPolicy } from "../../lib/rule";

export const essPolicies: readonly CatalogPolicy[] = [];
