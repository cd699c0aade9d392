import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas.ts" },
    format: ["esm", "cjs"],
    tsconfig: "tsconfig.build.json",
    // tsup 8.5 injects baseUrl, which TypeScript 6 rejects (TS5101)
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    // below es2024, esbuild rewrites \p{…} and /v regex literals into `new RegExp()` calls that tree-shaking keeps
    target: "es2024",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    tsconfig: "tsconfig.cli.json",
    platform: "node",
    target: "es2024",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
