import type { CatalogPolicy } from "../../lib/rule";

export const kmsPolicies: readonly CatalogPolicy[] = [];
