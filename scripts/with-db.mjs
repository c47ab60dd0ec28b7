#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at the project's database, starting the embedded
// PostgreSQL for the duration if nothing else provides one.
//   node scripts/with-db.mjs [--cwd DIR] <command> [args...]
import { spawn } from "node:child_process"
import path from "node:path"
import { ensureDatabase, DatabaseError } from "./lib/database.mjs"

const args = process.argv.slice(2)
let cwd = process.cwd()
if (args[0] === "--cwd") { cwd = path.resolve(args[1]); args.splice(0, 2) }
const passthrough = args.indexOf("--")
const command = passthrough >= 0 ? [...args.slice(0, passthrough), ...args.slice(passthrough + 1)] : args

let db
try {
  db = await ensureDatabase()
} catch (e) {
  console.error(e instanceof DatabaseError ? `\n✖ ${e.message}\n` : e)
  process.exit(1)
}
const child = spawn(command[0], command.slice(1), {
  cwd,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url, MEDUSA_DISABLE_TELEMETRY: "true" },
  shell: process.platform === "win32",
})
const forward = (signal) => child.kill(signal)
process.on("SIGINT", forward)
process.on("SIGTERM", forward)
child.on("exit", async (code) => {
  await db.stop()
  process.exit(code ?? 1)
})
