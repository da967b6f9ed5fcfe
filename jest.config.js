/** Jest transpiles only (ts-jest with isolatedModules); `npm run typecheck` does the type checking. */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/test"],
    testMatch: ["**/*.test.ts"],
    // Plans of the real program depend on the date (the event calendar): every test file plans on one fixed day.
    setupFiles: ["<rootDir>/test/support/plan-date.ts"],
    transform: {
        "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
    },
    moduleFileExtensions: ["ts", "js", "json"],
};
