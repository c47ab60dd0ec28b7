import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { startOcop } from "../start/start-process"

/** Where e2e runs leave their screenshots, for a person to look at. */
export const shotsDir = path.join(os.tmpdir(), "ocop-e2e-shots")

export type SystemPorts = { backend: number; storefront: number; pos: number; postgres: number }

/**
 * A whole `npm start` of one e2e file's own: an empty data folder (seeded on start) and ports no
 * other file uses, so the files can run side by side. `stop()` ends it and removes the folder.
 */
export function e2eSystem(name: string, ports: SystemPorts) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-${name}-e2e-`))
  fs.chmodSync(dataDir, 0o755)
  let server: ReturnType<typeof startOcop> | null = null
  let key = ""
  return {
    backend: `http://localhost:${ports.backend}`,
    storefront: `http://localhost:${ports.storefront}`,
    pos: `http://localhost:${ports.pos}`,
    /** The publishable key `npm start` printed (for /store routes). */
    get key() {
      return key
    },
    output: () => server?.output() ?? "",
    async start() {
      fs.mkdirSync(shotsDir, { recursive: true })
      server = startOcop({
        OCOP_DATA_DIR: dataDir,
        OCOP_PG_PORT: String(ports.postgres),
        PORT: String(ports.backend),
        OCOP_STOREFRONT_PORT: String(ports.storefront),
        OCOP_POS_PORT: String(ports.pos),
      })
      await server.waitFor(/OCOP backend ready/, 400_000)
      key = server.output().match(/Publishable key\s+(pk_[0-9a-f]+)/)![1]!
    },
    async stop() {
      if (server) {
        server.child.kill("SIGINT")
        await server.exited
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A Medusa user's token (admin, clerk): the demo password is ocop-demo. */
export async function userToken(backend: string, email: string, password = "ocop-demo"): Promise<string> {
  const res = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Signing in as ${email} answered ${res.status}`)
  return ((await res.json()) as { token: string }).token
}
