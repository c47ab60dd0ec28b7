import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["src/**/*.test.ts"], environment: "node" },
      },
      {
        test: {
          name: "integration",
          include: ["integration-tests/**/*.test.ts"],
          // One real backend (embedded PostgreSQL, seeded catalogue, HTTP) for all files.
          globalSetup: ["integration-tests/setup/global-setup.mts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
