import type { CatalogPolicy } from "../../lib/rule";
import { ecsSecurityGroupDescriptionCheck } from "./ecs-security-group-description-check";
import { ecsSecurityGroupEgressNotAllAccess } from "./ecs-security-group-egress-not-all-access";
import { ecsSecurityGroupNotInternetCidrAccess } from "./ecs-security-group-not-internet-cidr-access";
import { ecsSecurityGroupNotOpenAllPort } from "./ecs-security-group-not-open-all-port";
import { ecsSecurityGroupNotOpenAllProtocol } from "./ecs-security-group-not-open-all-protocol";
import { ecsSecurityGroupWhiteListPortCheck } from "./ecs-security-group-white-list-port-check";
import { securityGroupEnterpriseType } from "./security-group-enterprise-type";
import { securityGroupVpcRequired } from "./security-group-vpc-required";
import { sgNoRiskyPortsFromInternet } from "./sg-no-risky-ports-from-internet";
import { sgPublicAccessCheck } from "./sg-public-access-check";

export const securitygroupPolicies: readonly CatalogPolicy[] = [
    sgNoRiskyPortsFromInternet,
    sgPublicAccessCheck,
    ecsSecurityGroupNotOpenAllPort,
    ecsSecurityGroupNotOpenAllProtocol,
    ecsSecurityGroupWhiteListPortCheck,
    ecsSecurityGroupNotInternetCidrAccess,
    ecsSecurityGroupEgressNotAllAccess,
    securityGroupEnterpriseType,
    ecsSecurityGroupDescriptionCheck,
    securityGroupVpcRequired,
];
