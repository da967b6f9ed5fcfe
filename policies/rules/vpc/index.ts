import type { CatalogPolicy } from "../../lib/rule";
import { vpcFlowLogsEnabled } from "./flow-logs-enabled";

export const vpcPolicies: readonly CatalogPolicy[] = [vpcFlowLogsEnabled];
