import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../start/start-process"

/**
 * How hard the load tests push. `short` runs inside `npm test` and CI (about half a minute of
 * racing, on top of the cluster's start); `full` is the issue's own figures, for bench/results:
 *   OCOP_LOAD_PROFILE=full npm run test:load --workspace tests
 */
export const profile = process.env.OCOP_LOAD_PROFILE === "full" ? "full" : "short"

export const settings =
  profile === "full"
    ? { race: { single: 20, bundle: 3, multi: 3, contenders: 200 }, idempotentTries: 20, killBuyers: 100, outageSeconds: 12, testTimeoutMs: 3 * 3600_000 }
    : { race: { single: 2, bundle: 1, multi: 1, contenders: 24 }, idempotentTries: 20, killBuyers: 24, outageSeconds: 12, testTimeoutMs: 600_000 }

const report: Record<string, unknown> = { profile, started_at: new Date().toISOString(), machine: `${os.cpus().length} cores, Node ${process.version}` }

/** Kept as it comes, and written at once: a long run stopped halfway still leaves its figures. */
export function record(key: string, value: unknown) {
  report[key] = value
  writeReport()
}

/** bench/results/ for a full run (committed, summarised in README); the temp folder otherwise. */
export function writeReport() {
  const dir = profile === "full" ? path.join(ROOT, "bench/results") : os.tmpdir()
  fs.mkdirSync(dir, { recursive: true })
  // OCOP_LOAD_REPORT names a partial rerun (say, only the races: vitest -t "single").
  const file = path.join(dir, `${process.env.OCOP_LOAD_REPORT || `scale-out-${profile}`}.json`)
  fs.writeFileSync(file, JSON.stringify({ ...report, finished_at: new Date().toISOString() }, null, 2) + "\n")
  return file
}
