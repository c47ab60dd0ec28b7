// `npm start` for the POS: build once (or again when the sources are newer than the build),
// then serve build/client with `vite preview` on $PORT (default 3001), /pos, /auth, /store and
// /static proxied to MEDUSA_BACKEND_URL (vite.config.ts), so the browser talks to one origin.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const shell = path.join(root, "build/client/sw.js")
const sources = ["app", "public", "../packages/money/src", "vite.config.ts", "react-router.config.ts", "package.json"].map((p) => path.join(root, p))

function newest(file) {
  if (!fs.existsSync(file)) return 0
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  let latest = stat.mtimeMs
  for (const entry of fs.readdirSync(file)) latest = Math.max(latest, newest(path.join(file, entry)))
  return latest
}

const stale = !fs.existsSync(shell) || Math.max(...sources.map(newest)) > fs.statSync(shell).mtimeMs
if (stale) {
  console.log("Building the POS (react-router build, service worker)…")
  // Always a production build: a NODE_ENV inherited from the caller (vitest sets "test") would
  // make Vite build in development mode, without the service worker's registration.
  const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const port = process.env.PORT || "3001"
// npm exec finds vite wherever npm put it (this workspace or the root); --no: never download.
// Its own process group, so stopping this script stops vite too, not only npm.
const serve = spawn("npm", ["exec", "--no", "--", "vite", "preview", "--outDir", "build/client", "--port", port, "--strictPort"], {
  cwd: root,
  stdio: "inherit",
  detached: true,
  env: { ...process.env, PORT: port },
})
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    try {
      process.kill(-serve.pid, signal)
    } catch {
      // already gone
    }
  })
}
serve.on("exit", (code) => process.exit(code ?? 0))

