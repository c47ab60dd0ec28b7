import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { infrastructureModules } from "./src/config/infrastructure"
import { paymentModule } from "./src/config/payments"
import { searchModule } from "./src/config/search"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// The start script (scripts/start.mjs) exports DATABASE_URL for the embedded server;
// tests do the same, so the config only ever reads one variable.
const databaseUrl = process.env.DATABASE_URL
const poolMax = Number(process.env.DATABASE_POOL_MAX || 0)

// The demo secrets are public (they are in this file); a production server must bring its own.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET") {
  const value = process.env[name]
  if (!value && process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set when NODE_ENV=production.`)
  }
  return value || `ocop-dev-${name.toLowerCase()}-change-me`
}

export default defineConfig({
  projectConfig: {
    databaseUrl,
    databaseDriverOptions: {
      // Local servers (embedded, Debian's) run without SSL; a managed database sets PGSSLMODE.
      ...(process.env.PGSSLMODE === "require"
        ? { connection: { ssl: { rejectUnauthorized: false } } }
        : {}),
      ...(poolMax > 0 ? { pool: { min: 2, max: poolMax } } : {}),
    },
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:3000,http://localhost:3001",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:3000,http://localhost:3001,http://localhost:9000,http://localhost:5173",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/payment-webhooks" },
    { resolve: "./src/modules/pos" },
    { resolve: "./src/modules/producer-access" },
    { resolve: "./src/modules/producer-listing" },
    { resolve: "./src/modules/producer-delivery" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              // Medusa serves /static from backend/static only. The URL is stored with each
              // upload, so seed and server must agree on it (MEDUSA_BACKEND_URL or PORT).
              upload_dir: "static",
              backend_url: `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`}/static`,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
    paymentModule(process.env),
    searchModule(process.env),
    ...infrastructureModules(process.env),
  ],
})
