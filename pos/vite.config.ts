import fs from "node:fs"
import { fileURLToPath } from "node:url"
import { reactRouter } from "@react-router/dev/vite"
import { defineConfig, type Plugin, type ProxyOptions } from "vite"

/**
 * The browser talks to one origin: the till's own files, and the backend's /pos, /auth, /store
 * and /static behind the same host (no CORS). `npm start` serves the build with `vite preview`
 * and this proxy; `npm run dev` the sources with it.
 */
const backend = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
// The centre's own key comes with /pos/me; this one (npm start's) is for a backend that does
// not send one yet, added only where the till sent none.
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || ""
const backendProxy: ProxyOptions = {
  target: backend,
  changeOrigin: true,
  configure(proxy) {
    proxy.on("proxyReq", (req) => {
      if (publishableKey && req.path.startsWith("/store") && !req.getHeader("x-publishable-api-key")) req.setHeader("x-publishable-api-key", publishableKey)
    })
  },
}
const proxy = { "^/(pos|auth|store|static)(/|\\?|$)": backendProxy }
const port = Number(process.env.PORT || 3001)

/** VITE_POS_MOCK=1 in development: msw's worker script, served from the package, never built. */
function mockServiceWorker(): Plugin {
  const file = fileURLToPath(import.meta.resolve("msw/mockServiceWorker.js"))
  return {
    name: "ocop-pos-msw-worker",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_req, res) => {
        res.setHeader("Content-Type", "text/javascript")
        res.end(fs.readFileSync(file))
      })
    },
  }
}

export default defineConfig({
  plugins: [reactRouter(), mockServiceWorker()],
  server: { port, proxy },
  preview: { port, proxy },
})
