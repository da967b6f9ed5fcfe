/** What the edge layer gives the layers behind it (compute) and operators: the entry points. */
import type * as pulumi from "@pulumi/pulumi";

export interface EdgeOutputs {
    /** The ALB's id and public DNS name (point the site's CNAME here when DNS is not managed). */
    readonly albId: pulumi.Input<string>;
    readonly albDnsName: pulumi.Input<string>;
    /** The ALB server group the app servers join (the scaling group attaches to it). */
    readonly albServerGroupId: pulumi.Input<string>;
    /** The port the app servers listen on behind the ALB (the server group's backend port; the
     *  network's appPort, which the edge engineer exposes in NetworkOutputs as `ports`). */
    readonly appPort: number;
    /** CNAMEs the CDN gives each accelerated domain, by domain name. */
    readonly cdnCnames: Readonly<Record<string, pulumi.Input<string>>>;
    /** The CDN domains as the CDN registered them, by host role (CloudMonitor's acs_cdn metrics are keyed by them). */
    readonly cdnDomains: Readonly<Record<"static" | "media", pulumi.Input<string>>>;
    /** The public host names the layer serves: the front end and media (CDN) and the API (ALB). */
    readonly hosts: Readonly<Record<"static" | "media" | "api", string>>;
    /** The logstore (in the network layer's log project) the ALB writes its access logs to. */
    readonly albAccessLogStore: pulumi.Input<string>;
}
