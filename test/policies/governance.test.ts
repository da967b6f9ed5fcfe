import { readFileSync } from "fs";
import { join } from "path";
import { catalog } from "../../policies/catalog";
import { costInstanceFamilyAllowed, familyOf } from "../../policies/rules/governance/cost-instance-family-allowed";
import { dataResidency } from "../../policies/rules/governance/data-residency";
import { haMultiZone } from "../../policies/rules/governance/ha-multi-zone";
import { namingConvention } from "../../policies/rules/governance/naming-convention";
import { ossZoneRedundant } from "../../policies/rules/governance/oss-zone-redundant";
import { regionAllowed } from "../../policies/rules/governance/region-allowed";
import { secretsNotPlaintext } from "../../policies/rules/governance/secrets-not-plaintext";
import { statefulResourcesProtected } from "../../policies/rules/governance/stateful-resources-protected";
import { TAGGABLE_TYPES } from "../../policies/rules/governance/taggable-types";
import { tagsMandatory } from "../../policies/rules/governance/tags-mandatory";
import { waiverNotExpired } from "../../policies/rules/governance/waiver-not-expired";
import type { Waiver } from "../../policies/lib/waivers";
import { checkPackConfig, resolvePolicyConfig } from "../../tools/audit/engine";
import { baseline, mutate, stackRoot, TAGS } from "../support/baselines";
import { defaultProvider, messages, res, run } from "../support/policy";
import { UNKNOWN } from "../../tools/plan/types";

const BUCKET = "alicloud:oss/bucket:Bucket";
const EU = defaultProvider("eu-central-1");

describe("tags-mandatory", () => {
    // The baseline world: stack "test" whose environment output is "test", resources tagged for it.
    const root = stackRoot();
    const bucket = (tags: Record<string, unknown> | undefined) => baseline(BUCKET, "media", { tags });
    const withTags = (change: Record<string, unknown>) => bucket(mutate(TAGS, change));

    it("accepts the baseline, which carries every mandatory tag", async () => {
        expect(await messages(tagsMandatory, [root, baseline(BUCKET, "media")])).toEqual([]);
    });
    it("flags a resource without tags", async () => {
        expect(await messages(tagsMandatory, [root, bucket(undefined)])).toEqual([
            'oss.Bucket "media" lacks the mandatory tag(s) project, environment, component, owner, cost-centre, data-classification, ' +
                "managed-by; set them in its tags.",
        ]);
    });
    it("flags missing and empty tags", async () => {
        expect(await messages(tagsMandatory, [root, withTags({ owner: undefined, "cost-centre": " " })])).toEqual([
            'oss.Bucket "media" lacks the mandatory tag(s) owner, cost-centre; set them in its tags.',
        ]);
    });
    it("flags managed-by other than pulumi", async () => {
        expect(await messages(tagsMandatory, [root, withTags({ "managed-by": "terraform" })])).toEqual([
            'oss.Bucket "media" has tag managed-by="terraform"; expected "pulumi".',
        ]);
    });
    it("flags a project other than dakar2026", async () => {
        expect(await messages(tagsMandatory, [root, withTags({ project: "jeux" })])).toEqual([
            'oss.Bucket "media" has tag project="jeux"; expected "dakar2026".',
        ]);
    });
    it("flags an unknown data classification", async () => {
        expect(await messages(tagsMandatory, [root, withTags({ "data-classification": "secret" })])).toEqual([
            'oss.Bucket "media" has tag data-classification="secret"; expected one of public, internal, personal, sensitive-personal.',
        ]);
    });
    it("flags an environment tag other than the stack's environment", async () => {
        expect(await messages(tagsMandatory, [root, withTags({ environment: "staging" })])).toEqual([
            'oss.Bucket "media" has tag environment="staging"; expected "test", the environment of the stack.',
        ]);
    });
    it("takes the environment from the root stack's output, before the stack name", async () => {
        // Stack "test" belongs to environment "games": the output wins over the stack name of the URNs.
        const games = withTags({ environment: "games" });
        expect(await messages(tagsMandatory, [stackRoot({ environment: "games" }), games])).toEqual([]);
        expect(await messages(tagsMandatory, [stackRoot({ environment: "games" }), withTags({})])).toEqual([
            'oss.Bucket "media" has tag environment="test"; expected "games", the environment of the stack.',
        ]);
    });
    it("falls back to the stack name when the environment output is absent or unknown", async () => {
        const expected = ['oss.Bucket "media" has tag environment="games"; expected "test", the environment of the stack.'];
        const games = withTags({ environment: "games" });
        expect(await messages(tagsMandatory, [games])).toEqual(expected);
        expect(await messages(tagsMandatory, [stackRoot({}), games])).toEqual(expected);
        expect(await messages(tagsMandatory, [stackRoot({ environment: UNKNOWN }), games])).toEqual(expected);
    });
    it("takes required keys and classifications from config", async () => {
        const config = { requiredKeys: ["project", "backup"], allowedClassifications: ["public"] };
        expect(await messages(tagsMandatory, [root, withTags({})], { config })).toEqual([
            'oss.Bucket "media" lacks the mandatory tag(s) backup; set them in its tags.',
            'oss.Bucket "media" has tag data-classification="internal"; expected one of public.',
        ]);
    });
    it("checks every taggable type and leaves classes without tags alone", async () => {
        expect(TAGGABLE_TYPES).toContain("alicloud:vpc/network:Network");
        expect(TAGGABLE_TYPES).not.toContain("alicloud:log/store:Store");
        const r = [root, baseline("alicloud:vpc/network:Network", "vpc", { tags: undefined }), baseline("alicloud:log/store:Store", "ls")];
        expect(await messages(tagsMandatory, r)).toEqual([
            'vpc.Network "vpc" lacks the mandatory tag(s) project, environment, component, owner, cost-centre, ' +
                "data-classification, managed-by; set them in its tags.",
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(tagsMandatory, [root, withTags({ "managed-by": "console" })]);
        expect(f.message.fr).toBe("oss.Bucket « media » a l'étiquette managed-by=\"console\" ; valeur attendue : « pulumi ».");
    });
});

describe("naming-convention", () => {
    const PATTERN = "^dakar2026-test-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*$";
    const root = stackRoot();
    const vpc = (change: Record<string, unknown>) => baseline("alicloud:vpc/network:Network", "vpc", change);

    it("accepts the baseline names", async () => {
        expect(await messages(namingConvention, [root, vpc({})])).toEqual([]);
    });
    it("flags an unset name", async () => {
        expect(await messages(namingConvention, [root, vpc({ vpcName: undefined })])).toEqual([
            `vpc.Network "vpc" has no vpcName, so the cloud would invent its name; set vpcName to a name matching ${PATTERN}.`,
        ]);
    });
    it("flags a name outside the convention", async () => {
        expect(await messages(namingConvention, [root, vpc({ vpcName: "MainVPC" })])).toEqual([
            `vpc.Network "vpc" is named "MainVPC" (vpcName), which does not match ${PATTERN}.`,
        ]);
    });
    it("flags a name without component and purpose, with capitals, or of another environment", async () => {
        const r = [
            root,
            baseline(BUCKET, "b", { bucket: "dakar2026-test-media" }),
            baseline("alicloud:rds/instance:Instance", "db", { instanceName: "dakar2026-test-DB-main" }),
            baseline("alicloud:kms/secret:Secret", "s", { secretName: "dakar2026-prod-identity-db" }),
        ];
        expect(await messages(namingConvention, r)).toEqual([
            `oss.Bucket "b" is named "dakar2026-test-media" (bucket), which does not match ${PATTERN}.`,
            `rds.Instance "db" is named "dakar2026-test-DB-main" (instanceName), which does not match ${PATTERN}.`,
            `kms.Secret "s" is named "dakar2026-prod-identity-db" (secretName), which does not match ${PATTERN}.`,
        ]);
    });
    it("flags a name given only through the deprecated input, with the pattern when it does not match", async () => {
        const r = [
            root,
            vpc({ vpcName: undefined, name: "dakar2026-test-network-vpc" }),
            baseline("alicloud:kvstore/instance:Instance", "cache", { dbInstanceName: undefined, instanceName: "cache" }),
        ];
        expect(await messages(namingConvention, r)).toEqual([
            'vpc.Network "vpc" is named "dakar2026-test-network-vpc" only through the deprecated name; move the name to vpcName.',
            `kvstore.Instance "cache" is named "cache" only through the deprecated instanceName; move the name to dbInstanceName and ` +
                `make it match ${PATTERN}.`,
        ]);
    });
    it("reads the current input when both are set", async () => {
        expect(await messages(namingConvention, [root, vpc({ name: "old" })])).toEqual([]);
    });
    it("reads the class-specific name input (polardb description, log logstoreName)", async () => {
        const r = [
            root,
            baseline("alicloud:polardb/cluster:Cluster", "pdb", { description: "results" }),
            baseline("alicloud:log/store:Store", "ls", { logstoreName: undefined }),
        ];
        expect(await messages(namingConvention, r)).toEqual([
            `polardb.Cluster "pdb" is named "results" (description), which does not match ${PATTERN}.`,
            `log.Store "ls" has no logstoreName, so the cloud would invent its name; set logstoreName to a name matching ${PATTERN}.`,
        ]);
    });
    it("takes the pattern from config, with {project} and {environment} filled from the stack", async () => {
        const config = { pattern: "^{environment}[.]{project}-[a-z]+$" };
        const games = stackRoot({ environment: "games.eu" });
        expect(await messages(namingConvention, [games, vpc({ vpcName: "games.eu.dakar2026-vpc" })], { config })).toEqual([]);
        expect(await messages(namingConvention, [games, vpc({ vpcName: "gamesxeu.dakar2026-vpc" })], { config })).toEqual([
            'vpc.Network "vpc" is named "gamesxeu.dakar2026-vpc" (vpcName), which does not match ^games\\.eu[.]dakar2026-[a-z]+$.',
        ]);
    });
    it("takes the environment from the root stack's output, else from the stack name", async () => {
        const named = vpc({ vpcName: "dakar2026-games-network-vpc" });
        expect(await messages(namingConvention, [stackRoot({ environment: "games" }), named])).toEqual([]);
        expect(await messages(namingConvention, [named])).toEqual([
            `vpc.Network "vpc" is named "dakar2026-games-network-vpc" (vpcName), which does not match ${PATTERN}.`,
        ]);
    });
    it("judges ActionTrail's logstore by the trail name after the prefix ActionTrail imposes, and only on logstores", async () => {
        const store = (logstoreName: string) => baseline("alicloud:log/store:Store", "trail-store", { logstoreName });
        expect(await messages(namingConvention, [root, store("actiontrail_dakar2026-test-identity-trail")])).toEqual([]);
        expect(await messages(namingConvention, [root, store("actiontrail_trail")])).toEqual([
            `log.Store "trail-store" is named "actiontrail_trail" (logstoreName), which does not match ${PATTERN}.`,
        ]);
        expect(await messages(namingConvention, [root, vpc({ vpcName: "actiontrail_dakar2026-test-network-vpc" })])).toEqual([
            `vpc.Network "vpc" is named "actiontrail_dakar2026-test-network-vpc" (vpcName), which does not match ${PATTERN}.`,
        ]);
    });
    it("is advisory by default (severity low)", async () => {
        const [f] = await run(namingConvention, [root, vpc({ vpcName: undefined })], { packConfig: {} });
        expect(f.enforcement).toBe("advisory");
    });
});

describe("region-allowed", () => {
    it("accepts a provider in eu-central-1", async () => {
        expect(await messages(regionAllowed, [EU])).toEqual([]);
    });
    it("flags a provider in another region", async () => {
        expect(await messages(regionAllowed, [defaultProvider("us-west-1")])).toEqual([
            'Provider "default_3_108_0" targets region "us-west-1", which is not allowed; allowed: eu-central-1.',
        ]);
    });
    it("flags a provider without region", async () => {
        expect(await messages(regionAllowed, [baseline("pulumi:providers:alicloud", "explicit", { region: undefined })])).toEqual([
            'Provider "explicit" sets no region, so it would fall back to ALICLOUD_REGION; set region to one of eu-central-1.',
        ]);
    });
    it("takes the allowed regions from config", async () => {
        const config = { regions: ["ap-southeast-1", "me-east-1"] };
        expect(await messages(regionAllowed, [defaultProvider("ap-southeast-1")], { config })).toEqual([]);
        expect(await messages(regionAllowed, [EU], { config })).toEqual([
            'Provider "default_3_108_0" targets region "eu-central-1", which is not allowed; allowed: ap-southeast-1, me-east-1.',
        ]);
    });
});

describe("data-residency", () => {
    const bucket = (classification: string | undefined, o = {}) =>
        baseline(BUCKET, "media", { tags: mutate(TAGS, { "data-classification": classification }) }, o);
    const usProvider = baseline("pulumi:providers:alicloud", "us", { region: "us-west-1" });

    it("accepts internal data in eu-central-1", async () => {
        expect(await messages(dataResidency, [EU, bucket("internal")])).toEqual([]);
    });
    it("flags internal data in a region outside its list (explicit provider)", async () => {
        expect(await messages(dataResidency, [EU, usProvider, bucket("public", { options: { provider: usProvider.urn } })])).toEqual([
            'oss.Bucket "media" is classified "public" and lives in us-west-1; that class may only live in eu-central-1.',
        ]);
    });
    it("flags personal data while the residency map names no region for it", async () => {
        expect(await messages(dataResidency, [EU, bucket("personal")])).toEqual([
            'oss.Bucket "media" is classified "personal", which the residency map allows in no region; name regions and a legal ' +
                "basis for it in the data-residency config, or reclassify the data.",
        ]);
    });
    it("flags a residency entry without legal basis", async () => {
        const config = { residency: { "sensitive-personal": { regions: ["eu-central-1"], legalBasis: " " } } };
        expect(await messages(dataResidency, [EU, bucket("sensitive-personal")], { config })).toEqual([
            'oss.Bucket "media" is classified "sensitive-personal", whose residency entry names regions but no legal basis; state ' +
                "the legalBasis before data of that class is placed anywhere.",
        ]);
    });
    it("accepts personal data once config names the region and the legal basis", async () => {
        const config = { residency: { personal: { regions: ["eu-central-1"], legalBasis: "CDP authorisation 2026-017 (Art. 49)" } } };
        expect(await messages(dataResidency, [EU, bucket("personal")], { config })).toEqual([]);
    });
    it("flags a resource whose region cannot be determined", async () => {
        expect(await messages(dataResidency, [bucket("internal")])).toEqual([
            'The region of oss.Bucket "media" cannot be determined (no provider region is known); data classified "internal" may ' +
                "only live in eu-central-1.",
        ]);
    });
    it("leaves a resource without classification to tags-mandatory", async () => {
        expect(await messages(dataResidency, [EU, bucket(undefined)])).toEqual([]);
    });
    it("reports in French", async () => {
        const [f] = await run(dataResidency, [EU, bucket("personal")]);
        expect(f.message.fr).toBe(
            "oss.Bucket « media » est classée « personal », que la table de résidence n'autorise dans aucune région ; lui associer " +
                "des régions et une base légale dans la configuration de data-residency, ou reclasser les données.",
        );
    });
});

describe("stateful-resources-protected", () => {
    const UNPROTECTED = { options: { protect: false } };
    const rds = (inputs: Record<string, unknown>, o = {}) => baseline("alicloud:rds/instance:Instance", "db", inputs, o);

    it("accepts the baseline RDS instance: protected, with deletion protection", async () => {
        expect(await messages(statefulResourcesProtected, [rds({})])).toEqual([]);
    });
    it("flags a resource without the Pulumi protect option", async () => {
        expect(await messages(statefulResourcesProtected, [rds({}, UNPROTECTED)])).toEqual([
            'rds.Instance "db" is not protected in Pulumi (protect is not set); add protect: true to its resource options.',
        ]);
    });
    it("flags RDS without deletion protection, and both failures together", async () => {
        expect(await messages(statefulResourcesProtected, [rds({ deletionProtection: undefined })])).toEqual([
            'rds.Instance "db" has deletionProtection unset; expected true.',
        ]);
        expect(await messages(statefulResourcesProtected, [rds({ deletionProtection: false }, UNPROTECTED)])).toEqual([
            'rds.Instance "db" is not protected in Pulumi (protect is not set); add protect: true to its resource options.',
            'rds.Instance "db" has deletionProtection false; expected true.',
        ]);
    });
    it("checks each class's own cloud-side guard", async () => {
        const r = [
            baseline("alicloud:kvstore/instance:Instance", "cache", { instanceReleaseProtection: false }),
            baseline("alicloud:polardb/cluster:Cluster", "pdb", { deletionLock: 0 }),
            baseline("alicloud:kms/key:Key", "key", { deletionProtection: "Disabled" }),
            baseline("alicloud:kms/secret:Secret", "sec", { forceDeleteWithoutRecovery: true }),
            baseline(BUCKET, "media", { forceDestroy: true }),
            baseline("alicloud:ecs/ecsDisk:EcsDisk", "data", { deleteWithInstance: true }),
        ];
        expect(await messages(statefulResourcesProtected, r)).toEqual([
            'kvstore.Instance "cache" has instanceReleaseProtection false; expected true.',
            'polardb.Cluster "pdb" has deletionLock 0; expected 1.',
            'kms.Key "key" has deletionProtection "Disabled"; expected "Enabled".',
            'kms.Secret "sec" has forceDeleteWithoutRecovery true; expected unset or false.',
            'oss.Bucket "media" has forceDestroy true; expected unset or false.',
            'ecs.EcsDisk "data" has deleteWithInstance true; expected unset or false.',
        ]);
    });
    it("accepts each class with its guard set (or left at a safe default)", async () => {
        const r = [
            baseline("alicloud:kvstore/instance:Instance", "cache"),
            baseline("alicloud:polardb/cluster:Cluster", "pdb"),
            baseline("alicloud:kms/key:Key", "key"),
            baseline("alicloud:kms/secret:Secret", "sec", { forceDeleteWithoutRecovery: undefined }),
            baseline(BUCKET, "media", { forceDestroy: false }),
            baseline("alicloud:ecs/disk:Disk", "data"),
        ];
        expect(await messages(statefulResourcesProtected, r)).toEqual([]);
    });
    it("checks only protect where the class has no cloud guard (log project and store)", async () => {
        const r = [baseline("alicloud:log/project:Project", "proj"), baseline("alicloud:log/store:Store", "store", {}, UNPROTECTED)];
        expect(await messages(statefulResourcesProtected, r)).toEqual([
            'log.Store "store" is not protected in Pulumi (protect is not set); add protect: true to its resource options.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(statefulResourcesProtected, [baseline("alicloud:kms/key:Key", "key", { deletionProtection: undefined })]);
        expect(f.message.fr).toBe("kms.Key « key » a deletionProtection non défini ; valeur attendue : « Enabled ».");
    });
});

describe("ha-multi-zone", () => {
    const ALB = "alicloud:alb/loadBalancer:LoadBalancer";
    const NLB = "alicloud:nlb/loadBalancer:LoadBalancer";
    const SLB = "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer";
    const RDS = "alicloud:rds/instance:Instance";
    const KV = "alicloud:kvstore/instance:Instance";
    const PDB = "alicloud:polardb/cluster:Cluster";
    const ASG = "alicloud:ess/scalingGroup:ScalingGroup";
    const VSW = "alicloud:vpc/switch:Switch";
    const zones = (...z: string[]) => ({ zoneMappings: z.map((zoneId, i) => ({ zoneId, vswitchId: `vsw-${i}` })) });
    const vswA = baseline(VSW, "vsw-a", { zoneId: "eu-central-1a" }, { id: "vsw-a-id" });
    const vswB = baseline(VSW, "vsw-b", { zoneId: "eu-central-1b" }, { id: "vsw-b-id" });
    const vswA2 = baseline(VSW, "vsw-a2", { zoneId: "eu-central-1a" }, { id: "vsw-a2-id" });

    it("accepts multi-zone load balancers, databases, caches and scaling groups", async () => {
        const r = [
            vswA,
            vswB,
            baseline(ALB, "alb", zones("eu-central-1a", "eu-central-1b")),
            baseline(NLB, "nlb", zones("eu-central-1a", "eu-central-1b", "eu-central-1c")),
            baseline(SLB, "clb", { masterZoneId: "eu-central-1a", slaveZoneId: "eu-central-1b" }),
            baseline(RDS, "db", { category: "HighAvailability", zoneId: "eu-central-1a", zoneIdSlaveA: "eu-central-1b" }),
            baseline(KV, "cache", { zoneId: "eu-central-1a", secondaryZoneId: "eu-central-1b" }),
            baseline(PDB, "pdb-maz", { zoneId: "eu-central-1-MAZ1(a,b)" }),
            baseline(PDB, "pdb-hot", { zoneId: "eu-central-1a", hotStandbyCluster: "ON", standbyAz: "eu-central-1b" }),
            baseline(ASG, "asg", { vswitchIds: ["vsw-a-id", "vsw-b-id"] }, { refs: { vswitchIds: [vswA, vswB] } }),
        ];
        expect(await messages(haMultiZone, r)).toEqual([]);
    });
    it("flags ALB and NLB load balancers in too few zones", async () => {
        const alb = baseline(ALB, "alb", zones("eu-central-1a", "eu-central-1a"));
        const findings = await run(haMultiZone, [alb, baseline(NLB, "nlb", { zoneMappings: [] })]);
        expect(findings.map((f) => f.message.en)).toEqual([
            'ALB load balancer "alb" maps 1 distinct zone(s) (eu-central-1a); at least 2 are required.',
            'NLB load balancer "nlb" maps 0 distinct zone(s) (none); at least 2 are required.',
        ]);
        expect(findings[0].urn).toBe(alb.urn);
    });
    it("flags a CLB without a distinct slave zone", async () => {
        const r = [
            baseline(SLB, "clb1", { masterZoneId: "eu-central-1a", slaveZoneId: undefined }),
            baseline(SLB, "clb2", { masterZoneId: "eu-central-1a", slaveZoneId: "eu-central-1a" }),
        ];
        expect(await messages(haMultiZone, r)).toEqual([
            'CLB load balancer "clb1" has no slave zone distinct from its master zone (masterZoneId eu-central-1a, slaveZoneId unset); ' +
                "set slaveZoneId to another zone.",
            'CLB load balancer "clb2" has no slave zone distinct from its master zone (masterZoneId eu-central-1a, slaveZoneId ' +
                "eu-central-1a); set slaveZoneId to another zone.",
        ]);
    });
    it("flags single-node and single-zone RDS instances", async () => {
        const r = [
            baseline(RDS, "basic", { category: "Basic", zoneId: "eu-central-1a", zoneIdSlaveA: "eu-central-1b" }),
            baseline(RDS, "nostandby", { zoneId: "eu-central-1a", zoneIdSlaveA: undefined }),
            baseline(RDS, "samezone", { zoneId: "eu-central-1a", zoneIdSlaveA: "eu-central-1a" }),
        ];
        expect(await messages(haMultiZone, r)).toEqual([
            'RDS instance "basic" uses the single-node category "Basic"; use "HighAvailability" (or another edition with a standby) ' +
                "and set zoneIdSlaveA.",
            'RDS instance "nostandby" has no standby in another zone (zoneId eu-central-1a, zoneIdSlaveA unset); set zoneIdSlaveA ' +
                "to a zone other than zoneId.",
            'RDS instance "samezone" has no standby in another zone (zoneId eu-central-1a, zoneIdSlaveA eu-central-1a); set ' +
                "zoneIdSlaveA to a zone other than zoneId.",
        ]);
    });
    it("flags Tair/Redis without a distinct secondary zone (deprecated availabilityZone included)", async () => {
        const r = [
            baseline(KV, "c1", { zoneId: "eu-central-1a", secondaryZoneId: undefined }),
            baseline(KV, "c2", { zoneId: undefined, availabilityZone: "eu-central-1b", secondaryZoneId: "eu-central-1b" }),
        ];
        expect(await messages(haMultiZone, r)).toEqual([
            'Tair/Redis instance "c1" has no secondary zone distinct from its zone (zoneId eu-central-1a, secondaryZoneId unset); ' +
                "set secondaryZoneId to another zone.",
            'Tair/Redis instance "c2" has no secondary zone distinct from its zone (zoneId eu-central-1b, secondaryZoneId ' +
                "eu-central-1b); set secondaryZoneId to another zone.",
        ]);
    });
    it("flags single-zone PolarDB clusters", async () => {
        const r = [
            baseline(PDB, "p1", { zoneId: "eu-central-1a", hotStandbyCluster: undefined, standbyAz: undefined }),
            baseline(PDB, "p2", { zoneId: "eu-central-1a", hotStandbyCluster: "OFF", standbyAz: "eu-central-1b" }),
        ];
        expect(await messages(haMultiZone, r)).toEqual([
            'PolarDB cluster "p1" is not multi-zone (zoneId eu-central-1a, hotStandbyCluster unset, standbyAz unset); set ' +
                'hotStandbyCluster "ON" and standbyAz to another zone.',
            'PolarDB cluster "p2" is not multi-zone (zoneId eu-central-1a, hotStandbyCluster OFF, standbyAz eu-central-1b); set ' +
                'hotStandbyCluster "ON" and standbyAz to another zone.',
        ]);
    });
    it("counts the zones of the vSwitches a scaling group refers to, by reference or by id", async () => {
        const sameZone = baseline(ASG, "asg1", { vswitchIds: ["vsw-a-id", "vsw-a2-id"] }, { refs: { vswitchIds: [vswA, vswA2] } });
        const byId = baseline(ASG, "asg2", { vswitchIds: ["vsw-a-id", "vsw-b-id"] });
        const unrelated = baseline(ASG, "asg3", { vswitchIds: ["vsw-a-id"] });
        expect(await messages(haMultiZone, [vswA, vswA2, vswB, sameZone, byId, unrelated])).toEqual([
            'Scaling group "asg1" uses vSwitches in 1 distinct zone(s) (eu-central-1a); at least 2 are required.',
            'Scaling group "asg3" uses vSwitches in 1 distinct zone(s) (eu-central-1a); at least 2 are required.',
        ]);
    });
    it("flags a scaling group whose vSwitches are not in the stack", async () => {
        expect(await messages(haMultiZone, [vswA, baseline(ASG, "asg", { vswitchIds: ["vsw-elsewhere"] })])).toEqual([
            'Scaling group "asg" uses vSwitches in 0 distinct zone(s) (none); at least 2 are required.',
        ]);
    });
    it("takes minZones from config", async () => {
        const alb = baseline(ALB, "alb", zones("eu-central-1a", "eu-central-1b"));
        expect(await messages(haMultiZone, [alb], { config: { minZones: 3 } })).toEqual([
            'ALB load balancer "alb" maps 2 distinct zone(s) (eu-central-1a, eu-central-1b); at least 3 are required.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(haMultiZone, [baseline(KV, "c1", { zoneId: "eu-central-1a", secondaryZoneId: undefined })]);
        expect(f.message.fr).toBe(
            "L'instance Tair/Redis « c1 » n'a pas de zone secondaire distincte de sa zone (zoneId eu-central-1a, secondaryZoneId " +
                "non défini) ; fixer secondaryZoneId à une autre zone.",
        );
    });
});

describe("oss-zone-redundant", () => {
    it("accepts a ZRS bucket", async () => {
        expect(await messages(ossZoneRedundant, [baseline(BUCKET, "media")])).toEqual([]);
    });
    it("flags an unset redundancy type (LRS by default)", async () => {
        expect(await messages(ossZoneRedundant, [baseline(BUCKET, "media", { redundancyType: undefined })])).toEqual([
            'OSS bucket "media" keeps its objects in a single zone (redundancyType unset, so LRS); set redundancyType: "ZRS".',
        ]);
    });
    it("flags an explicit LRS bucket", async () => {
        expect(await messages(ossZoneRedundant, [baseline(BUCKET, "media", { redundancyType: "LRS" })])).toEqual([
            'OSS bucket "media" keeps its objects in a single zone (redundancyType "LRS"); set redundancyType: "ZRS".',
        ]);
    });
});

describe("secrets-not-plaintext", () => {
    const pw = baseline("random:index/randomPassword:RandomPassword", "db-pw", { length: 24 });
    const str = baseline("random:index/randomString:RandomString", "token", { length: 32 });
    const ACCOUNT = "alicloud:rds/rdsAccount:RdsAccount";

    it("accepts generated, redacted and absent secrets", async () => {
        const r = [
            pw,
            str,
            baseline(ACCOUNT, "app", { accountPassword: "[secret]" }, { refs: { accountPassword: [pw] } }),
            baseline("alicloud:kms/secret:Secret", "sec", { secretData: "whatever" }, { refs: { secretData: [str] } }),
            baseline("alicloud:kvstore/instance:Instance", "cache", { password: "[secret]" }),
            baseline("alicloud:ecs/instance:Instance", "vm"),
        ];
        expect(await messages(secretsNotPlaintext, r)).toEqual([]);
    });
    it("accepts the $Auto marker of Redis and PolarDB secrets, and only there", async () => {
        const SECRET = "alicloud:kms/secret:Secret";
        const r = [
            res(SECRET, "redis", { secretType: "Redis", secretData: "$Auto" }),
            res(SECRET, "polardb", { secretType: "PolarDB", secretData: "$Auto" }),
            res(SECRET, "generic", { secretType: "Generic", secretData: "$Auto" }),
        ];
        expect(await messages(secretsNotPlaintext, r)).toEqual([
            'kms.Secret "generic" sets secretData to a plaintext value; pass the result of a random.RandomPassword instead (a ' +
                "config secret needs a waiver).",
        ]);
    });
    it("flags a literal password, naming the input but not the value", async () => {
        const account = baseline(ACCOUNT, "app", { accountPassword: "Dakar2026!" });
        const findings = await run(secretsNotPlaintext, [account]);
        expect(findings.map((f) => f.message.en)).toEqual([
            'rds.RdsAccount "app" sets accountPassword to a plaintext value; pass the result of a random.RandomPassword instead ' +
                "(a config secret needs a waiver).",
        ]);
        expect(findings[0].urn).toBe(account.urn);
    });
    it("flags RDS certificate keys and the Babelfish master password, and accepts them generated or redacted", async () => {
        const RDS = "alicloud:rds/instance:Instance";
        const babel = (masterUserPassword: string) => [{ babelfishEnabled: "true", migrationMode: "single-db", masterUsername: "sa", masterUserPassword }];
        const clear = baseline(RDS, "db", { serverKey: "-----BEGIN PRIVATE KEY-----", tdePrivateKey: "k", babelfishConfigs: babel("Sa2026!") });
        expect(await messages(secretsNotPlaintext, [clear])).toEqual(
            ["serverKey", "tdePrivateKey", "babelfishConfigs[0].masterUserPassword"].map(
                (input) => `rds.Instance "db" sets ${input} to a plaintext value; pass the result of a random.RandomPassword instead (a ` +
                    "config secret needs a waiver).",
            ),
        );
        const safe = [
            pw,
            baseline(RDS, "redacted", { serverKey: "[secret]", babelfishConfigs: "[secret]" }),
            baseline(RDS, "generated", { babelfishConfigs: babel("x") }, { refs: { babelfishConfigs: [pw] } }),
            baseline(RDS, "in-block", { babelfishConfigs: babel("[secret]") }),
        ];
        expect(await messages(secretsNotPlaintext, safe)).toEqual([]);
    });
    it("flags a value derived from something other than a random generator", async () => {
        const other = baseline("alicloud:kms/key:Key", "key");
        const r = [other, baseline("alicloud:ram/loginProfile:LoginProfile", "ops", { password: "x-derived" }, { refs: { password: [other] } })];
        expect(await messages(secretsNotPlaintext, r)).toEqual([
            'ram.LoginProfile "ops" sets password to a plaintext value; pass the result of a random.RandomPassword instead (a ' +
                "config secret needs a waiver).",
        ]);
    });
    it("checks every secret-bearing input, deprecated ones included", async () => {
        const r = [
            baseline("alicloud:rds/account:Account", "legacy", { password: "p1" }),
            baseline("alicloud:ecs/instance:Instance", "vm", { password: "p2" }),
            baseline("alicloud:ess/scalingConfiguration:ScalingConfiguration", "cfg", { password: "p3" }),
            baseline("alicloud:polardb/account:Account", "pa", { accountPassword: "p4" }),
            baseline("alicloud:kvstore/account:Account", "ka", { accountPassword: "p5" }),
            baseline("alicloud:kms/secret:Secret", "sec", { secretData: "p6" }),
        ];
        const tail = "to a plaintext value; pass the result of a random.RandomPassword instead (a config secret needs a waiver).";
        expect(await messages(secretsNotPlaintext, r)).toEqual([
            `rds.Account "legacy" sets password ${tail}`,
            `ecs.Instance "vm" sets password ${tail}`,
            `ess.ScalingConfiguration "cfg" sets password ${tail}`,
            `polardb.Account "pa" sets accountPassword ${tail}`,
            `kvstore.Account "ka" sets accountPassword ${tail}`,
            `kms.Secret "sec" sets secretData ${tail}`,
        ]);
    });
    it("is critical and reports in French", async () => {
        const [f] = await run(secretsNotPlaintext, [baseline("alicloud:kvstore/instance:Instance", "cache", { password: "redis123" })]);
        expect(f.severity).toBe("critical");
        expect(f.message.fr).toBe(
            "kvstore.Instance « cache » fixe password à une valeur en clair ; lui passer plutôt le résultat d'un random.RandomPassword " +
                "(un secret de configuration nécessite une dérogation).",
        );
    });
});

describe("cost-instance-family-allowed", () => {
    const DEFAULTS = (costInstanceFamilyAllowed.configSchema?.properties.allowedFamilies as { default: string[] }).default.join(", ");
    const SC = "alicloud:ess/scalingConfiguration:ScalingConfiguration";

    it("derives the family from the instance type", () => {
        expect(familyOf("ecs.g7.large")).toBe("ecs.g7");
        expect(familyOf("ecs.u1-c1m2.xlarge")).toBe("ecs.u1");
        expect(familyOf("ecs.e-c1m1.large")).toBe("ecs.e");
    });
    it("accepts allowed families and unset types", async () => {
        const r = [
            baseline("alicloud:ecs/instance:Instance", "vm", { instanceType: "ecs.g7.large" }),
            baseline("alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "lt", { instanceType: undefined }),
            baseline(SC, "cfg", {
                instanceTypes: ["ecs.c7.large", "ecs.g8i.xlarge"],
                instanceTypeOverrides: [{ instanceType: "ecs.r7.large" }],
            }),
        ];
        expect(await messages(costInstanceFamilyAllowed, r)).toEqual([]);
    });
    it("flags an instance type outside the allowed families", async () => {
        const vm = baseline("alicloud:ecs/instance:Instance", "vm", { instanceType: "ecs.t5-lc1m1.small" });
        expect(await messages(costInstanceFamilyAllowed, [vm])).toEqual([
            `ecs.Instance "vm" uses instanceType "ecs.t5-lc1m1.small" of family ecs.t5, which is not allowed; allowed ` +
                `families: ${DEFAULTS}.`,
        ]);
    });
    it("flags each disallowed entry of instanceTypes and instanceTypeOverrides, and launch templates", async () => {
        const config = { allowedFamilies: ["ecs.g7"] };
        const r = [
            baseline(SC, "cfg", {
                instanceType: "ecs.g7.large",
                instanceTypes: ["ecs.g7.xlarge", "ecs.n1.small"],
                instanceTypeOverrides: [{ instanceType: "ecs.ebmg7.32xlarge" }],
            }),
            baseline("alicloud:ecs/launchTemplate:LaunchTemplate", "lt", { instanceType: "ecs.c7.large" }),
        ];
        expect(await messages(costInstanceFamilyAllowed, r, { config })).toEqual([
            'ess.ScalingConfiguration "cfg" uses instanceTypes "ecs.n1.small" of family ecs.n1, which is not allowed; allowed ' +
                "families: ecs.g7.",
            'ess.ScalingConfiguration "cfg" uses instanceTypeOverrides "ecs.ebmg7.32xlarge" of family ecs.ebmg7, which is not allowed; ' +
                "allowed families: ecs.g7.",
            'ecs.LaunchTemplate "lt" uses instanceType "ecs.c7.large" of family ecs.c7, which is not allowed; allowed families: ecs.g7.',
        ]);
    });
    it("takes dev's burstable families from config", async () => {
        const config = { allowedFamilies: ["ecs.t6", "ecs.e"] };
        const vm = (instanceType: string) => baseline("alicloud:ecs/instance:Instance", "vm", { instanceType });
        expect(await messages(costInstanceFamilyAllowed, [vm("ecs.t6-c1m2.large")], { config })).toEqual([]);
        expect(await messages(costInstanceFamilyAllowed, [vm("ecs.g7.large")], { config })).toEqual([
            'ecs.Instance "vm" uses instanceType "ecs.g7.large" of family ecs.g7, which is not allowed; allowed families: ecs.t6, ecs.e.',
        ]);
    });
});

describe("waiver-not-expired", () => {
    const waiver = (expires: string): Waiver => ({
        policy: "oss-zone-redundant",
        resource: "urn:pulumi:dev::dakar2026::alicloud:oss/bucket:Bucket::*",
        reason: "LRS accepted for scratch data",
        reasonFr: "LRS accepté pour des données temporaires",
        owner: "plateforme@senum.sn",
        expires,
    });

    it("accepts waivers still in force, including on their last day", async () => {
        const waivers = [waiver("2026-12-31"), waiver("2026-11-26")];
        expect(await messages(waiverNotExpired, [], { waivers, today: "2026-11-26" })).toEqual([]);
    });
    it("flags an expired waiver at stack level", async () => {
        const findings = await run(waiverNotExpired, [], { waivers: [waiver("2026-11-25"), waiver("2027-01-31")], today: "2026-11-26" });
        expect(findings.map((f) => f.message.en)).toEqual([
            'The waiver of policy "oss-zone-redundant" for "urn:pulumi:dev::dakar2026::alicloud:oss/bucket:Bucket::*" (owner ' +
                "plateforme@senum.sn) has expired: its last day in force was 2026-11-25; renew it after review or remove it.",
        ]);
        expect(findings[0].type).toBe("pulumi:pulumi:Stack");
        expect(findings[0].enforcement).toBe("mandatory");
    });
    it("reports in French", async () => {
        const [f] = await run(waiverNotExpired, [], { waivers: [waiver("2026-01-01")], today: "2026-11-26" });
        expect(f.message.fr).toBe(
            "La dérogation à la règle « oss-zone-redundant » pour « urn:pulumi:dev::dakar2026::alicloud:oss/bucket:Bucket::* » " +
                "(responsable plateforme@senum.sn) a expiré : son dernier jour de validité était le 2026-01-01 ; la renouveler après " +
                "revue ou la supprimer.",
        );
    });
});

describe("governance pack configuration per environment", () => {
    const ENVS = ["dev", "staging", "prod"];
    const load = (env: string): unknown => JSON.parse(readFileSync(join(__dirname, "../../policies/config", `${env}.json`), "utf8"));
    const levelIn = (env: string, id: string) => {
        const policy = catalog.find((p) => p.name === id);
        if (!policy) throw new Error(`no policy ${id}`);
        return resolvePolicyConfig(policy, checkPackConfig(load(env), catalog, env), "advisory");
    };

    it.each(ENVS)("%s.json is a valid pack config for the catalog", (env) => {
        const config = checkPackConfig(load(env), catalog, env);
        for (const p of catalog) expect(() => resolvePolicyConfig(p, config, "advisory")).not.toThrow();
    });
    it("makes protection and multi-zone mandatory in prod only", () => {
        const levels = (id: string) => ENVS.map((e) => levelIn(e, id).level);
        expect(levels("stateful-resources-protected")).toEqual(["disabled", "advisory", "mandatory"]);
        expect(levels("ha-multi-zone")).toEqual(["advisory", "advisory", "mandatory"]);
        expect(levels("oss-zone-redundant")).toEqual(["advisory", "advisory", "mandatory"]);
    });
    it("sizes the bandwidth caps per environment and keeps waiver expiry mandatory everywhere", () => {
        expect(ENVS.map((e) => levelIn(e, "eip-bandwidth-limit").config.maxBandwidth)).toEqual([10, 50, 200]);
        expect(ENVS.map((e) => levelIn(e, "eip-bandwidth-limit").level)).toEqual(["mandatory", "mandatory", "mandatory"]);
        expect(ENVS.map((e) => levelIn(e, "ecs-internetmaxbandwidth-check").config.maxBandwidthOut)).toEqual([10, 50, 100]);
        expect(ENVS.map((e) => levelIn(e, "waiver-not-expired").level)).toEqual(["mandatory", "mandatory", "mandatory"]);
    });
    it("names no environment: tags and names take it from the stack being checked", () => {
        for (const env of ENVS) expect(JSON.stringify(load(env))).not.toMatch(/allowedEnvironments|pattern/);
    });
});
