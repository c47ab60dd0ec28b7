import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

describe("the tuned Postgres search provider", () => {
  it("re-exports every migration of the stock provider, so an upgrade cannot leave one out", () => {
    const stock = path.dirname(require.resolve("@medusajs/search-postgres/dist/migrations/Migration20260807120000"))
    const names = (dir: string, ext: RegExp) =>
      fs.readdirSync(dir).filter((f) => ext.test(f) && !f.endsWith(".d.ts")).map((f) => f.replace(ext, "")).sort()
    expect(names(path.join(__dirname, "migrations"), /\.ts$/)).toEqual(names(stock, /\.js$/))
  })
})
