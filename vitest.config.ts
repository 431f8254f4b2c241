import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // dist/ built from src/ once: the end-to-end tests run the bundle, as GitHub does.
    globalSetup: ["test/support/buildDist.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
