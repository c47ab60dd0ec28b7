import { defineConfig } from "vitest/config"

// Unit tests sit beside the code (app/**/*.test.ts); the React Router plugin is not needed for them.
export default defineConfig({
  test: { include: ["app/**/*.test.ts", "app/**/*.test.tsx"], environment: "node" },
})
