// Validates GitHub Actions files with GitHub's own parser (@actions/workflow-parser, the one behind
// the Actions extension for VS Code): node test/support/check-workflows.mjs <file>... prints
// {"<file>": ["<error>", ...]} on stdout. Workflows (.github/workflows/*) are parsed against the
// workflow schema and converted (job graph, expressions, contexts); action.yml files against the
// action schema. An ES module run as its own process: the parser is ESM only, and it imports its
// JSON schemas without an import attribute, which Node refuses; the hook below adds the attribute.
import { readFileSync } from "node:fs";
import { register } from "node:module";

register(
    "data:text/javascript," +
        encodeURIComponent(`export async function load(url, context, next) {
    if (url.endsWith(".json") && url.includes("/@actions/workflow-parser/")) return next(url, { ...context, importAttributes: { type: "json" } });
    return next(url, context);
}`),
);

const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");
const { parseAction } = await import("@actions/workflow-parser/actions/action-parser");

const result = {};
for (const name of process.argv.slice(2)) {
    const file = { name, content: readFileSync(name, "utf8") };
    if (/(^|\/)action\.ya?ml$/.test(name)) {
        const parsed = parseAction(file, new NoOperationTraceWriter());
        result[name] = parsed.context.errors.getErrors().map((e) => e.message);
    } else {
        const parsed = parseWorkflow(file, new NoOperationTraceWriter());
        const errors = parsed.context.errors.getErrors().map((e) => e.message);
        if (parsed.value !== undefined && errors.length === 0) {
            const template = await convertWorkflowTemplate(parsed.context, parsed.value);
            for (const e of template.errors ?? []) errors.push(e.Message);
        }
        result[name] = errors;
    }
}
process.stdout.write(JSON.stringify(result));
