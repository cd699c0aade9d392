import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      { test: { name: "unit", include: ["test/*.test.ts"] } },
      // imports the package by its own name, so dist/ is tested through "exports"; runs after the build
      { test: { name: "package", include: ["test/package/*.test.ts"] } },
    ],
  },
});
