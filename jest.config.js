/** Jest transpiles only (ts-jest with isolatedModules); `npm run typecheck` does the type checking. */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/test"],
    testMatch: ["**/*.test.ts"],
    transform: {
        "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
    },
    moduleFileExtensions: ["ts", "js", "json"],
};
