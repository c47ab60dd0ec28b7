// One lint config for every workspace: typescript-eslint's recommended rules, without type
// information so `npm run lint` stays fast.
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/.medusa/**", "**/dist/**", "**/build/**", ".data/**", "**/migrations/**", "backend/static/**", "**/.react-router/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", fetch: "readonly", setTimeout: "readonly", URL: "readonly", URLSearchParams: "readonly", performance: "readonly", __dirname: "readonly", Buffer: "readonly" } },
    rules: {
      // Medusa's query.graph answers are untyped records; `any` at that boundary is deliberate.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  }
)
