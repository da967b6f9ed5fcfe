/**
 * The Pulumi program: composition only. Reads the settings once, builds each layer from the
 * settings and the ids of the layers below, and exports what the next layer or a person needs.
 */
import * as random from "@pulumi/random";
import { Network } from "./network";
import { loadSettings } from "./settings";

const settings = loadSettings();

// Globally unique cloud names (Log Service projects, OSS buckets) end with this suffix. It is created
// once per stack and must never change: changing it renames, and so replaces, those resources.
const suffix = new random.RandomString(
    `${settings.project}-${settings.environment}-suffix`,
    { length: 6, special: false, upper: false, numeric: true, lower: true },
    { protect: settings.profile.protect },
);

const network = new Network(`${settings.project}-${settings.environment}-network`, { settings, uniqueSuffix: suffix.result });

export const environment = settings.environment;
export const profile = settings.profile.name;
export const region = settings.region;
export const zones = settings.zones;
export const vpcId = network.vpcId;
export const vswitchIds = network.vswitchIds;
export const securityGroupIds = network.securityGroupIds;
export const natGatewayId = network.natGatewayId;
export const egressIp = network.egressIp;
export const flowLogProject = network.flowLogProject;
