/**
 * Every line the command line prints about itself (usage, errors, progress), as opposed to the data
 * it produces. In one place so that the lines can follow `--lang` like the reports do; for now they
 * are English.
 */

/** The commands behind `npm run <name>`, with their usage and examples (printed by --help and after a bad flag). */
export const USAGE = {
    plan: `Usage: npm run plan [-- options]
Evaluates a stack's Pulumi program offline (mock runtime, no cloud account) and prints what it
would create.
  --stack <stack>    stack of stacks/ to plan (default dev)
  --json <file>      also write the whole plan as JSON to <file>
  --preview          leave unknown what only a deployment can know, as pulumi preview does
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Examples:
  npm run plan
  npm run plan -- --stack prod
  npm run -s plan -- --stack prod --json plan-prod.json`,
    audit: `Usage: npm run audit -- --stack <stack> | --plan <file> --env <environment> [options]
Plans a stack offline (or reads an exported plan) and checks it against the policy pack.
  --stack <stack>    stack of stacks/ to plan and audit
  --plan <file>      audit a plan written by npm run plan -- --json, instead of planning
  --env <env>        pack configuration, policies/config/<env>.json (default: the stack's profile)
  --format <format>  table (default), json, markdown, html, sarif or junit
  --out <file>       write the report to <file> instead of stdout
  --lang <lang>      en (default) or fr
  --today <date>     evaluate waiver expiry as on this day, YYYY-MM-DD (default today)
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Exit codes: 0 nothing blocks, 1 a blocking finding, 2 bad input, 3 a bug.
Examples:
  npm run audit -- --stack prod
  npm run -s audit -- --stack prod --format json > audit-prod.json
  npm run audit -- --stack prod --format html --lang fr --out rapport-prod.html
  npm run audit -- --plan plan-prod.json --env prod --format sarif --out audit.sarif`,
    diagram: `Usage: npm run diagram [-- options]
Prints a Mermaid diagram of a stack's network, from its offline plan.
  --stack <stack>    stack of stacks/ to draw (default dev)
  --out <file>       write the diagram to <file> instead of stdout
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Examples:
  npm run diagram -- --stack prod
  npm run diagram -- --stack prod --out network-prod.mmd`,
    "pack-config": `Usage: npm run pack-config [-- --check]
Writes policies/config/<profile>.json from the profiles in infra/.
  --check     write nothing; exit 1 when a file differs from what infra/ says
  -h, --help  this text
Examples:
  npm run pack-config
  npm run pack-config -- --check`,
} as const;

export type CommandName = keyof typeof USAGE;

const list = (xs: readonly string[]): string => xs.join(", ");

export const MSG = {
    unknownCommand: (command: string, known: readonly string[]) =>
        `unknown command ${JSON.stringify(command)}; commands: ${list(known)}`,
    unknownOption: (option: string, command: string, known: readonly string[], suggestion: string | undefined) =>
        `${option} is not an option of ${command}; ${suggestion ? `did you mean ${suggestion}? ` : ""}options: ${list(known)}`,
    missingValue: (option: string, placeholder: string) => `${option} needs a value: ${option} ${placeholder}`,
    unexpectedValue: (option: string, value: string) => `${option} takes no value (got ${JSON.stringify(value)})`,
    unexpectedArgument: (arg: string) => `unexpected argument ${JSON.stringify(arg)}; options start with --`,
    repeatedOption: (option: string) => `${option} is given more than once`,
    notOneOf: (option: string, value: string, allowed: readonly string[]) =>
        `${option} ${JSON.stringify(value)} is not one of ${list(allowed)}`,
    notADate: (option: string, value: string) =>
        `${option} ${JSON.stringify(value)} is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)`,
    stackOrPlan: "give either --stack <stack> or --plan <file> --env <environment>",
    unexpectedWith: (option: string, other: string) => `${option} cannot be used with ${other}`,
    planNeedsEnv: "--plan needs --env <environment> to pick the pack configuration",
    emptyPath: (option: string) => `${option} needs a file path, got an empty one`,
    specialPath: (option: string, file: string, where: string) =>
        `${option} ${file} is under ${where}, a special filesystem; give a regular file`,
    isDirectory: (option: string, file: string) => `${option} ${file} is a directory; give a file path`,
    notRegular: (option: string, file: string) => `${option} ${file} is not a regular file (a device, pipe or socket); give a regular file`,
    missingParent: (option: string, file: string, dir: string) =>
        `${option} ${file}: directory ${dir} does not exist; create it first (mkdir -p ${dir})`,
    parentNotDirectory: (option: string, file: string, dir: string) => `${option} ${file}: ${dir} is not a directory`,
    notWritable: (option: string, file: string, what: string) => `${option} ${file} cannot be written (${what})`,
    notReadable: (option: string, file: string, what: string) => `${option} ${file} cannot be read (${what})`,
    notFound: (option: string, file: string) => `${option} ${file} does not exist`,
    notADirectory: (option: string, dir: string) => `${option} ${dir} is not a directory`,
    pathThroughFile: (option: string, file: string) => `${option} ${file}: a folder on its path is a file`,
    writeFailed: (file: string, code: string) => `cannot write ${file}: ${code}`,
    // Progress and diagnostics (stderr).
    planWritten: (file: string) => `plan written to ${file}`,
    reportWritten: (findings: number, blocking: number, format: string, file: string) =>
        `${findings} finding(s), ${blocking} blocking; ${format} report written to ${file}`,
    diagramWritten: (file: string) => `diagram written to ${file}`,
    packConfigWritten: (file: string) => `wrote ${file}`,
    packConfigStale: (files: readonly string[]) => `stale pack configuration: ${list(files)}; run npm run pack-config`,
    bug: (version: string, message: string) =>
        `internal error (dakar2026-infra ${version}): ${message} — this is a bug; please report it to the maintainers ` +
        `with the command you ran and this line (DAKAR2026_DEBUG=1 shows the trace)`,
} as const;
