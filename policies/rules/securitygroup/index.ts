import type { CatalogPolicy } from "../../lib/rule";
import { sgNoRiskyPortsFromInternet } from "./sg-no-risky-ports-from-internet";

export const securitygroupPolicies: readonly CatalogPolicy[] = [sgNoRiskyPortsFromInternet];
