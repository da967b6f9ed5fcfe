// A stack policy that reports, for every resource, what a stack policy sees of it: type, parent,
// dependencies, property dependencies, protect, and each property (or "<unknown>" when the engine does not know it yet).
// test/tools/engine.test.ts runs it under the real engine (index.js) and under the offline audit.
"use strict";

const UNKNOWN = "<unknown>";

function view(read) {
    try {
        return JSON.parse(JSON.stringify(read()));
    } catch (e) {
        // unknownCheckingProxy throws UnknownValueError when a preview value is not known yet.
        if (e && e.constructor && e.constructor.name === "UnknownValueError") return UNKNOWN;
        throw e;
    }
}

exports.probe = {
    name: "engine-probe",
    description: "What stack policies receive.",
    enforcementLevel: "advisory",
    validateStack: (args, report) => {
        for (const r of args.resources) {
            const props = {};
            for (const k of Object.keys(r.props).sort()) props[k] = view(() => r.props[k]);
            report(
                JSON.stringify({
                    type: r.type,
                    name: r.name,
                    parent: r.parent ? r.parent.urn : null,
                    dependencies: r.dependencies.map((d) => d.urn).sort(),
                    propertyDependencies: Object.fromEntries(
                        Object.keys(r.propertyDependencies)
                            .sort()
                            .map((k) => [k, r.propertyDependencies[k].map((d) => d.urn).sort()]),
                    ),
                    protect: Boolean(r.opts.protect),
                    props,
                }),
                r.urn,
            );
        }
    },
};
