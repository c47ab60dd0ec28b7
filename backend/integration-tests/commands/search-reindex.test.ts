import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "../http/api"
import { medusaExec } from "./run-medusa"

/** `npm run search:reindex`, as an operator runs it, while the shop keeps serving searches. */
let key: string

beforeAll(async () => {
  key = await publishableKey(await adminToken())
})

describe("search:reindex", () => {
  it("rebuilds the index with progress, while searches keep answering", async () => {
    const before = (await api("/store/ocop/search?q=gom&limit=100", { key })).body
    const health = (await api("/health/search")).body

    let done = false
    const statuses: number[] = []
    const reindex = medusaExec("./src/scripts/search-reindex.ts").finally(() => (done = true))
    while (!done) {
      statuses.push((await api("/store/ocop/search?q=gom&limit=5", { key })).status)
      await new Promise((r) => setTimeout(r, 100))
    }
    const output = await reindex

    // No terminal here, so progress comes as lines rather than a redrawn bar.
    expect(output).toMatch(/\[search\] 0\/\d+ products indexed/)
    expect(output).toMatch(/\[search\] (\d+)\/\1 products indexed/)
    expect(output).toMatch(/Search index rebuilt: \d+ products read in [\d.]+ s/)
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.every((s) => s === 200)).toBe(true)

    const after = (await api("/store/ocop/search?q=gom&limit=100", { key })).body
    expect(after.count).toBe(before.count)
    expect(after.hits.map((h: any) => h.id).sort()).toEqual(before.hits.map((h: any) => h.id).sort())
    expect((await api("/health/search")).body).toMatchObject({ status: "ok", documents: health.documents })
  })
})
