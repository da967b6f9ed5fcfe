/**
 * The Pulumi program: composition only. Reads the settings once, builds each layer from its own
 * settings and the typed outputs of the layers below, and exports what the next layer or a person
 * needs. Stack output names are a contract (partners allow-list `egressIp`): add, never rename.
 */
import { componentName } from "./core/names";
import { uniqueSuffix } from "./core/suffix";
import { Compute } from "./compute";
import { Edge } from "./edge";
import { Keys } from "./keys";
import { Network } from "./network";
import { loadSettings, planTime } from "./settings";
import { Storage } from "./storage";

const settings = loadSettings();
const { core } = settings;
const suffix = uniqueSuffix(core);

const keys = new Keys(componentName(core, "keys"), { core, config: settings.keys });
const network = new Network(componentName(core, "network"), { core, config: settings.network, keys, uniqueSuffix: suffix });
const storage = new Storage(componentName(core, "storage"), { core, config: settings.storage, keys, network, uniqueSuffix: suffix });
const edge = new Edge(componentName(core, "edge"), { core, config: settings.edge, keys, network, storage });
const compute = new Compute(componentName(core, "compute"), { core, config: settings.compute, keys, network, storage, edge, planTime: planTime() });

// Who and where.
export const environment = core.environment;
export const profile = core.profile.name;
export const region = core.region;
export const zones = core.zones;
// Keys.
export const kmsKeyIds = keys.keyIds;
// Network.
export const vpcId = network.vpcId;
export const vswitchIds = network.vswitchIds;
export const securityGroupIds = network.securityGroupIds;
export const natGatewayId = network.natGatewayId;
export const egressIp = network.egressIp;
export const flowLogProject = network.flowLogProject;
// Storage. Passwords are secret outputs (encrypted in the state, shown as [secret]).
export const bucketNames = storage.bucketNames;
export const bucketEndpoints = storage.bucketEndpoints;
export const databaseEndpoint = storage.database.endpoint;
export const databasePort = storage.database.port;
export const databaseName = storage.database.name;
export const databaseUser = storage.database.user;
export const databasePassword = storage.database.password;
export const cacheEndpoint = storage.cache.endpoint;
export const cachePort = storage.cache.port;
export const cachePassword = storage.cache.password;
export const credentialSecretNames = storage.credentialSecretNames;
export const storageKeyIds = storage.keyIds;
export const cdnOriginRoleArn = storage.cdnOriginRoleArn;
// Edge. Point the hosts' CNAMEs here when the stack does not manage its DNS zone.
export const hosts = edge.hosts;
export const albId = edge.albId;
export const albDnsName = edge.albDnsName;
export const albServerGroupId = edge.albServerGroupId;
export const cdnCnames = edge.cdnCnames;
export const albAccessLogStore = edge.albAccessLogStore;
// Compute.
export const scalingGroupId = compute.scalingGroupId;
export const launchTemplateId = compute.launchTemplateId;
export const appInstanceRoleName = compute.instanceRoleName;
export const appLogStore = compute.appLogStore;
export const scheduledTasks = compute.scheduledTasks;
