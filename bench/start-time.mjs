#!/usr/bin/env node
// Time from `npm start` on an empty data folder to a seeded, healthy backend, and the time of a
// second start on the same data. Uses its own ports and a temporary folder; stops by itself.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-start-"))
fs.chmodSync(dataDir, 0o755)

function timeStart(label) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now()
    const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", OCOP_DATA_DIR: dataDir, OCOP_PG_PORT: "5437", PORT: "9300" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    const marks = {}
    const onData = (d) => {
      out += d
      if (!marks.migrated && /Empty database|OCOP backend ready|Creating server/.test(out)) marks.migrated = Date.now() - t0
      if (!marks.seeded && /\[seed\] done/.test(out)) marks.seeded = Date.now() - t0
      if (/OCOP backend ready/.test(out)) {
        const total = Date.now() - t0
        child.kill("SIGINT")
        child.once("exit", () => resolve({ label, total, ...marks }))
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.once("exit", (code) => { if (!/OCOP backend ready/.test(out)) reject(new Error(`start exited ${code}:\n${out.slice(-2000)}`)) })
    setTimeout(() => { child.kill("SIGKILL"); reject(new Error("no ready within 10 minutes")) }, 600_000).unref()
  })
}

try {
  const s = (ms) => (ms === undefined ? "-" : `${(ms / 1000).toFixed(1)} s`)
  for (const label of ["first start (empty data folder)", "second start (same data)"]) {
    const r = await timeStart(label)
    console.log(`${r.label.padEnd(34)} healthy after ${s(r.total)}   (migrations done ${s(r.migrated)}, seed done ${s(r.seeded)})`)
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}
