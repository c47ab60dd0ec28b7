import { defineConfig } from "vitest/config"

// Unit tests sit beside the code (app/**/*.test.ts); the React Router plugin is not needed for them.
// They share the msw fake of the Medusa backend in test/mocks/medusa/ (imported, not collected),
// so the backend address is pinned to the one it answers on, whatever the shell exports. Each
// test sees the backend's answer of that moment: the catalogue cache is off (it has its own test).
export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx"],
    environment: "node",
    env: { MEDUSA_BACKEND_URL: "http://localhost:9000", OCOP_CATALOGUE_CACHE_SECONDS: "0" },
  },
})
