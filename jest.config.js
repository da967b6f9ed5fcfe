/** Jest transpiles only (ts-jest with isolatedModules); `npm run typecheck` does the type checking. */
module.exports = {
    testEnvironment: "node",
    // Timeouts catch hangs, not slowness (speed is measured by npm run bench): a test that plans a
    // stack takes seconds on a loaded 2-core machine, far past jest's 5 s default.
    testTimeout: 60_000,
    roots: ["<rootDir>/test"],
    testMatch: ["**/*.test.ts"],
    // Plans of the real program depend on the date (the event calendar): every test file plans on one fixed day.
    setupFiles: ["<rootDir>/test/support/plan-date.ts"],
    transform: {
        "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
    },
    moduleFileExtensions: ["ts", "js", "json"],
};
