// The backend commands the start and seed scripts share.
import { spawn } from "node:child_process"
import path from "node:path"
import { connectToServer, databaseName, ROOT } from "./database.mjs"

export const BACKEND = path.join(ROOT, "backend")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

/** Runs `medusa <args>` in backend/ and resolves when it exits 0. */
export function medusa(args, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA, args, {
      cwd: BACKEND,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
    })
    let output = ""
    child.stdout?.on("data", (d) => (output += d))
    child.stderr?.on("data", (d) => (output += d))
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code})\n${output.slice(-4000)}`))
    )
  })
}

export async function migrate() {
  console.log("Applying database migrations…")
  await medusa(["db:migrate"], { quiet: true })
}

export function runSeed() {
  return medusa(["exec", "../seed/src/index.ts"])
}

/** Runs `work` with a short-lived client on the database `url` names. */
export async function withClient(url, work) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** True when the OCOP tables exist and hold at least one centre. */
export function isSeeded(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query("select to_regclass('public.ocop_centre') as t")
    if (!rows[0].t) return false
    const { rows: n } = await client.query("select count(*)::int as n from ocop_centre where deleted_at is null")
    return n[0].n > 0
  })
}

export async function resetDatabase(url) {
  const target = new URL(url)
  console.log(`Resetting database "${databaseName(url)}" on ${target.hostname}:${target.port || 5432}…`)
  await dropDatabase(url, { recreate: true })
}

export async function dropDatabase(url, { recreate = false } = {}) {
  const name = databaseName(url)
  const client = await connectToServer(url)
  try {
    await client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name])
    await client.query(`drop database if exists "${name.replace(/"/g, "")}"`)
    if (recreate) await client.query(`create database "${name.replace(/"/g, "")}"`)
  } finally {
    await client.end()
  }
}
