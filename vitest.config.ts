import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    // exhaustive suites (every day 1990–2100, thousands of ICU instants) need more than the default on a busy machine
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/*.test.ts"] } },
      // imports the package by its own name, so dist/ is tested through "exports"; runs after the build
      { extends: true, test: { name: "package", include: ["test/package/*.test.ts"] } },
    ],
  },
});
