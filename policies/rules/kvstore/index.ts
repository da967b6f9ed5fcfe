import type { CatalogPolicy } from "../../lib/rule";

export const kvstorePolicies: readonly CatalogPolicy[] = [];
