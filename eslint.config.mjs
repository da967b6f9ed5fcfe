// Lint: ESLint's recommended rules plus typescript-eslint's recommended set, for all TypeScript code.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
    { ignores: ["node_modules/", "out/", "coverage/", "**/*.js", "**/*.mjs"] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ["**/*.ts"],
        rules: {
            "@typescript-eslint/no-explicit-any": "error",
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
            eqeqeq: ["error", "always"],
            "no-console": ["error", { allow: ["warn", "error"] }],
        },
    },
    {
        // Pulumi programs create resources for their side effects: `new X(...)` without a binding is the idiom.
        files: ["infra/**/*.ts", "test/**/*.ts"],
        rules: { "no-new": "off" },
    },
);
