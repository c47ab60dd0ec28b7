import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { inject } from "vitest"

const run = promisify(execFile)
const BACKEND = path.resolve(__dirname, "../..")

/** Runs a backend command (e.g. `medusa exec ./src/scripts/expire-certificates.ts`) against the
 *  test database, as an operator would from a shell. Returns its output. */
export async function medusaExec(script: string) {
  const { stdout, stderr } = await run(path.join(BACKEND, "../node_modules/.bin/medusa"), ["exec", script], {
    cwd: BACKEND,
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), MEDUSA_DISABLE_TELEMETRY: "true" },
    maxBuffer: 20 * 1024 * 1024,
  })
  return stdout + stderr
}
