import { defineConfig } from "vitest/config"

// Unit tests sit beside the code (app/**/*.test.ts). IndexedDB is fake-indexeddb's, the POS API
// msw's (test/mocks/pos-api.ts); the React Router plugin is not needed for them.
export default defineConfig({
  test: {
    include: ["app/**/*.test.ts", "app/**/*.test.tsx"],
    environment: "node",
  },
})
