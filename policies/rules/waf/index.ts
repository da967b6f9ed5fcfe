import type { CatalogPolicy } from "../../lib/rule";
import { wafInstanceLoggingEnabled } from "./waf-instance-logging-enabled";

export const wafPolicies: readonly CatalogPolicy[] = [wafInstanceLoggingEnabled];
