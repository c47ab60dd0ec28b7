// `npm start` for the storefront: build once (or again when the sources are newer than the
// build), then serve the server-rendered app with react-router-serve on $PORT (default 3000).
import { spawnSync, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const server = path.join(root, "build/server/index.js")

function newest(dir) {
  let latest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs)
  }
  return latest
}

const stale = !fs.existsSync(server) || newest(path.join(root, "app")) > fs.statSync(server).mtimeMs
if (stale) {
  console.log("Building the storefront (react-router build)…")
  const built = spawnSync(process.execPath, [binOf("@react-router/dev", "react-router"), "build"], {
    cwd: root,
    stdio: "inherit",
    // Always a production build: an inherited NODE_ENV (vitest sets "test") would build React's
    // development bundle.
    env: { ...process.env, NODE_ENV: "production" },
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const serve = spawn(process.execPath, [binOf("@react-router/serve", "react-router-serve"), server], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", PORT: process.env.PORT || "3000" },
})
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => serve.kill(signal))
serve.on("exit", (code) => process.exit(code ?? 0))

/** A package's command, found through its package.json (npm may hoist it to the root). */
function binOf(pkg, name) {
  const manifest = fileURLToPath(import.meta.resolve(`${pkg}/package.json`))
  const { bin } = JSON.parse(fs.readFileSync(manifest, "utf8"))
  return path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin[name])
}
