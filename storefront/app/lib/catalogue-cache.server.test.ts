import { afterEach, describe, expect, it, vi } from "vitest"

/** The module reads OCOP_CATALOGUE_CACHE_SECONDS once, so each case imports it afresh. */
async function cacheWith(seconds: string) {
  vi.resetModules()
  vi.stubEnv("OCOP_CATALOGUE_CACHE_SECONDS", seconds)
  return (await import("./catalogue-cache.server")).cachedRead
}
afterEach(() => {
  vi.unstubAllEnvs()
})

describe("catalogue cache", () => {
  it("answers visitors asking at once with one backend read, and reads again once the time is up", async () => {
    const cachedRead = await cacheWith("0.1")
    let reads = 0
    const load = async () => ({ n: ++reads })
    const answers = await Promise.all(Array.from({ length: 10 }, () => cachedRead("product:vi:binh", load)))
    expect(reads).toBe(1)
    expect(answers.every((a) => a.n === 1)).toBe(true)
    expect((await cachedRead("product:en:binh", load)).n).toBe(2) // each language on its own
    await new Promise((r) => setTimeout(r, 150))
    expect((await cachedRead("product:vi:binh", load)).n).toBe(3)
  })

  it("keeps no failure: the next visitor asks again", async () => {
    const cachedRead = await cacheWith("5")
    let calls = 0
    const flaky = async () => {
      if (++calls === 1) throw new Error("backend down")
      return "ok"
    }
    await expect(cachedRead("product:vi:lua", flaky)).rejects.toThrow("backend down")
    expect(await cachedRead("product:vi:lua", flaky)).toBe("ok")
  })

  it("reads every time when turned off", async () => {
    const cachedRead = await cacheWith("0")
    let reads = 0
    await cachedRead("k", async () => ++reads)
    await cachedRead("k", async () => ++reads)
    expect(reads).toBe(2)
  })
})
