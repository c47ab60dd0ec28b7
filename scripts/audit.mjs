#!/usr/bin/env node
// npm run audit: `npm audit --omit=dev`, failing on any high or critical finding that
// docs/audit-exceptions.json does not explain (package name → { advisory, why, review_by }).
// npm's advisory service must be reachable; where it is not, this says so and exits 2.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./lib/database.mjs"

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: ROOT, encoding: "utf8" })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = null
}
if (!report?.vulnerabilities) {
  const why = report?.message ?? report?.error?.summary ?? (run.stderr || "no answer").split("\n").find((l) => l.trim())
  console.error(`✖ npm's advisory service did not answer from this machine (${String(why).trim()}). Run \`npm run audit\` where the npm registry's audit endpoint is reachable.`)
  process.exit(2)
}
const exceptionsFile = path.join(ROOT, "docs/audit-exceptions.json")
const exceptions = fs.existsSync(exceptionsFile) ? JSON.parse(fs.readFileSync(exceptionsFile, "utf8")) : {}
const serious = Object.values(report.vulnerabilities).filter((v) => v.severity === "high" || v.severity === "critical")
const unexplained = serious.filter((v) => !exceptions[v.name])
for (const v of serious) {
  const note = exceptions[v.name] ? `explained: ${exceptions[v.name].why}` : "NOT EXPLAINED"
  console.log(`${v.severity.padEnd(8)} ${v.name.padEnd(30)} ${v.range ?? ""}  ${note}`)
}
const counts = report.metadata?.vulnerabilities ?? {}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}; ${serious.length} high or critical, ${unexplained.length} unexplained.`)
process.exit(unexplained.length ? 1 : 0)
