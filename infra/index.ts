/**
 * The Pulumi program: composition only, the same for a single-stack environment and for layer
 * stacks. It reads the settings once, then builds each layer the stack deploys (infra/settings.ts
 * `dakar2026:layers`) from its own settings and the typed outputs of the layers it needs: built
 * here, or read from the stack that deploys them (core/references.ts). Layer code never knows which.
 *
 * Stack outputs are a contract (partners allow-list `egressIp`): add, never rename. Each layer's
 * flat outputs are exported by the stack that deploys it, together with `<layer>Layer`, the outputs
 * object the stacks above read back. The program is asynchronous because reading another stack's
 * outputs is.
 */
import type * as pulumi from "@pulumi/pulumi";
import { componentName } from "./core/names";
import { exportLayer, LayerReferences, layerOutputName, SUFFIX_OUTPUT } from "./core/references";
import type { CoreSettings } from "./core/settings";
import { SUFFIX_OWNER } from "./core/stacks";
import { uniqueSuffix } from "./core/suffix";
import { Compute, type ComputeOutputs } from "./compute";
import { Edge, type EdgeOutputs } from "./edge";
import { Identity, type IdentityOutputs } from "./identity";
import { Keys, type KeysOutputs } from "./keys";
import { Network, type NetworkOutputs } from "./network";
import { Observability, type ObservabilityOutputs } from "./observability";
import { LayerName, LAYERS, loadSettings, NeedsOf, planTime, Settings } from "./settings";
import { Storage, type StorageOutputs } from "./storage";

/** Each layer's outputs contract (its outputs.ts). */
interface Outputs {
    readonly keys: KeysOutputs;
    readonly network: NetworkOutputs;
    readonly storage: StorageOutputs;
    readonly edge: EdgeOutputs;
    readonly compute: ComputeOutputs;
    readonly identity: IdentityOutputs;
    readonly observability: ObservabilityOutputs;
}

interface BuildArgs<L extends LayerName> {
    readonly core: CoreSettings;
    readonly config: NonNullable<Settings[L]>;
    /** The outputs of the layers L needs (LAYERS[L].needs), wherever they were built. */
    readonly inputs: Pick<Outputs, NeedsOf<L>>;
    readonly uniqueSuffix: pulumi.Input<string>;
}

/** How the composition builds a layer and publishes what it gives. */
interface Registration<L extends LayerName> {
    readonly build: (name: string, args: BuildArgs<L>) => Outputs[L];
    /** The outputs contract alone (no component internals): what `<layer>Layer` carries. */
    readonly outputs: (built: Outputs[L]) => Outputs[L];
    /** The layer's flat stack outputs, named as they always were. */
    readonly exports: (built: Outputs[L]) => Readonly<Record<string, unknown>>;
}

const REGISTRY: { readonly [L in LayerName]: Registration<L> } = {
    keys: {
        build: (name, a) => new Keys(name, { core: a.core, config: a.config }),
        outputs: (k) => ({ keyIds: k.keyIds, keyArns: k.keyArns, serviceRoleArns: k.serviceRoleArns }),
        exports: (k) => ({ kmsKeyIds: k.keyIds }),
    },
    network: {
        build: (name, a) => new Network(name, { core: a.core, config: a.config, keys: a.inputs.keys, uniqueSuffix: a.uniqueSuffix }),
        outputs: (n) => ({
            urn: n.urn,
            vpcId: n.vpcId,
            vswitchIds: n.vswitchIds,
            vswitchCidrs: n.vswitchCidrs,
            securityGroupIds: n.securityGroupIds,
            natGatewayId: n.natGatewayId,
            egressIp: n.egressIp,
            flowLogProject: n.flowLogProject,
            flowLogStore: n.flowLogStore,
            retiredLogStores: n.retiredLogStores,
            ports: n.ports,
        }),
        exports: (n) => ({
            vpcId: n.vpcId,
            vswitchIds: n.vswitchIds,
            securityGroupIds: n.securityGroupIds,
            natGatewayId: n.natGatewayId,
            egressIp: n.egressIp,
            flowLogProject: n.flowLogProject,
            // The pack reads it (sls-logstore-encrypt-key-origin-check): exported only where a store is retired.
            ...(Object.keys(n.retiredLogStores).length > 0 ? { retiredLogStores: n.retiredLogStores } : {}),
        }),
    },
    storage: {
        build: (name, a) =>
            new Storage(name, { core: a.core, config: a.config, keys: a.inputs.keys, network: a.inputs.network, uniqueSuffix: a.uniqueSuffix }),
        outputs: (s) => ({
            bucketNames: s.bucketNames,
            bucketEndpoints: s.bucketEndpoints,
            database: s.database,
            cache: s.cache,
            credentialSecretNames: s.credentialSecretNames,
            credentialSecretArns: s.credentialSecretArns,
            keyIds: s.keyIds,
            cdnOriginRoleArn: s.cdnOriginRoleArn,
        }),
        // Passwords are secret outputs (encrypted in the state, shown as [secret]).
        exports: (s) => ({
            bucketNames: s.bucketNames,
            bucketEndpoints: s.bucketEndpoints,
            databaseEndpoint: s.database.endpoint,
            databasePort: s.database.port,
            databaseName: s.database.name,
            databaseUser: s.database.user,
            databasePassword: s.database.password,
            cacheEndpoint: s.cache.endpoint,
            cachePort: s.cache.port,
            cachePassword: s.cache.password,
            credentialSecretNames: s.credentialSecretNames,
            storageKeyIds: s.keyIds,
            cdnOriginRoleArn: s.cdnOriginRoleArn,
        }),
    },
    edge: {
        build: (name, a) => new Edge(name, { core: a.core, config: a.config, keys: a.inputs.keys, network: a.inputs.network, storage: a.inputs.storage }),
        outputs: (e) => ({
            albId: e.albId,
            albDnsName: e.albDnsName,
            albServerGroupId: e.albServerGroupId,
            appPort: e.appPort,
            cdnCnames: e.cdnCnames,
            cdnDomains: e.cdnDomains,
            hosts: e.hosts,
            albAccessLogStore: e.albAccessLogStore,
        }),
        // Point the hosts' CNAMEs here when the stack does not manage its DNS zone.
        exports: (e) => ({
            hosts: e.hosts,
            albId: e.albId,
            albDnsName: e.albDnsName,
            albServerGroupId: e.albServerGroupId,
            cdnCnames: e.cdnCnames,
            albAccessLogStore: e.albAccessLogStore,
        }),
    },
    compute: {
        // Which calendar events become scheduled tasks depends on when the plan is made.
        build: (name, a) =>
            new Compute(name, {
                core: a.core,
                config: a.config,
                keys: a.inputs.keys,
                network: a.inputs.network,
                storage: a.inputs.storage,
                edge: a.inputs.edge,
                planTime: planTime(),
            }),
        outputs: (c) => ({
            scalingGroupId: c.scalingGroupId,
            scalingGroupMaxSize: c.scalingGroupMaxSize,
            launchTemplateId: c.launchTemplateId,
            instanceRoleName: c.instanceRoleName,
            appLogStore: c.appLogStore,
            scheduledTasks: c.scheduledTasks,
        }),
        exports: (c) => ({
            scalingGroupId: c.scalingGroupId,
            launchTemplateId: c.launchTemplateId,
            appInstanceRoleName: c.instanceRoleName,
            appLogStore: c.appLogStore,
            scheduledTasks: c.scheduledTasks,
        }),
    },
    identity: {
        build: (name, a) => new Identity(name, { core: a.core, config: a.config, keys: a.inputs.keys, storage: a.inputs.storage, uniqueSuffix: a.uniqueSuffix }),
        outputs: (i) => ({
            roleArns: i.roleArns,
            roleNames: i.roleNames,
            oidcProviderArn: i.oidcProviderArn,
            accountOwner: i.accountOwner,
            ...(i.auditTrail !== undefined ? { auditTrail: i.auditTrail } : {}),
        }),
        exports: (i) => ({
            roleArns: i.roleArns,
            oidcProviderArn: i.oidcProviderArn,
            ...(i.auditTrail !== undefined ? { auditTrail: i.auditTrail } : {}),
        }),
    },
    observability: {
        build: (name, a) =>
            new Observability(name, { core: a.core, config: a.config, edge: a.inputs.edge, compute: a.inputs.compute, storage: a.inputs.storage }),
        outputs: (o) => ({ contactGroupName: o.contactGroupName, alarmNames: o.alarmNames }),
        exports: (o) => ({ alarmContactGroup: o.contactGroupName, alarmNames: o.alarmNames }),
    },
};

function build<L extends LayerName>(layer: L, settings: Settings, inputs: Partial<Outputs>, suffix: pulumi.Input<string>): Outputs[L] {
    const config = settings[layer] as NonNullable<Settings[L]> | undefined;
    if (config === undefined) throw new Error(`composition: layer ${layer} is built but its settings were not parsed`);
    return REGISTRY[layer].build(componentName(settings.core, layer), {
        core: settings.core,
        config,
        inputs: inputs as Pick<Outputs, NeedsOf<L>>,
        uniqueSuffix: suffix,
    });
}

function publish<L extends LayerName>(layer: L, built: Outputs[L]): Record<string, unknown> {
    const r = REGISTRY[layer];
    return { ...r.exports(built), [layerOutputName(layer)]: exportLayer(r.outputs(built)) };
}

async function composition(): Promise<Record<string, unknown>> {
    const settings = loadSettings();
    const { core, layers } = settings;
    const references = new LayerReferences(core, layers);
    const owner = layers.deployed.includes(SUFFIX_OWNER);
    const suffix = owner ? uniqueSuffix(core) : await references.suffix(SUFFIX_OWNER);

    // Who and where, in every stack.
    const exported: Record<string, unknown> = { environment: core.environment, profile: core.profile.name, region: core.region, zones: core.zones };
    if (owner) exported[SUFFIX_OUTPUT] = suffix;
    // Whether this stack owns the account-wide resources: the pack's account-wide rules apply only where it does.
    exported.accountOwner = core.accountOwner;
    // Which stacks this one reads. The pack's stack policies see the stack outputs (the root stack's
    // props) but not the StackReferences, which the engine keeps apart from the stack's resources:
    // this output is how a rule knows that what it joins to may be deployed by another stack.
    if (Object.keys(layers.references).length > 0) exported.layerStacks = layers.references;
    // Which layers a layer stack deploys: a stack rule whose resources come from a layer this stack
    // does not deploy (the alarms of the observability layer) reads it to say "not applicable here".
    if (layers.deployed.length < Object.keys(LAYERS).length) exported.layers = layers.deployed;
    const available: Partial<Record<LayerName, unknown>> = {};
    for (const layer of Object.keys(LAYERS) as LayerName[]) {
        if (!layers.deployed.includes(layer)) continue;
        for (const need of LAYERS[layer].needs as readonly LayerName[]) {
            available[need] ??= await references.layer<Outputs[typeof need]>(need);
        }
        const built = build(layer, settings, available as Partial<Outputs>, suffix);
        available[layer] = built;
        Object.assign(exported, publish(layer, built));
    }
    return exported;
}

export = composition;
