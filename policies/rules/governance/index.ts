import type { CatalogPolicy } from "../../lib/rule";

export const governancePolicies: readonly CatalogPolicy[] = [];
