import type { CatalogPolicy } from "../../lib/rule";
import { alidnsMxHasSpf } from "./alidns-mx-has-spf";

export const dnsPolicies: readonly CatalogPolicy[] = [alidnsMxHasSpf];
