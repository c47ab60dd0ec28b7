import { describe, expect, it } from "vitest"
import fs from "node:fs"
import { imagePath, loadCatalogue } from "./data"

/** The facts under seed/data, checked before they reach Medusa. The EAN-13 and tax-code rules
 *  are restated here from GS1 and the tax office rather than imported, so a bug in the backend's
 *  own functions cannot hide a bad data file. */
const data = loadCatalogue()
const GROUPS = ["food", "beverage", "herbal", "textile", "handicraft", "tourism_service"]

function ean13Ok(code: string) {
  if (!/^\d{13}$/.test(code)) return false
  const sum = [...code.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === Number(code[12])
}

function allText(value: unknown): string[] {
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.flatMap(allText)
  if (value && typeof value === "object") return Object.values(value).flatMap(allText)
  return []
}

describe("seed data", () => {
  it("has the centres the city named, with Bát Tràng under its full name and 4 stars", () => {
    expect(data.centres.length).toBeGreaterThanOrEqual(10)
    const bt = data.centres.find((c) => c.handle === "bat-trang")!
    expect(bt.stars).toBe(4)
    expect(bt.name_vi).toBe(
      "Trung tâm thiết kế sáng tạo, bảo tồn, phát triển gốm di sản quốc gia, thương mại và du lịch 1.000 năm Thăng Long"
    )
    for (const h of ["van-phuc", "chuyen-my", "duong-lam"]) expect(data.centres.some((c) => c.handle.startsWith(h))).toBe(true)
  })

  it("has enough producers and products, in all six groups", () => {
    expect(data.producers.length).toBeGreaterThanOrEqual(40)
    expect(data.products.length).toBeGreaterThanOrEqual(200)
    expect(new Set(data.products.map((p) => p.group))).toEqual(new Set(GROUPS))
  })

  it("uses unique handles, SKUs and barcodes, and valid EAN-13 check digits", () => {
    const variants = data.products.flatMap((p) => p.variants)
    expect(new Set(data.products.map((p) => p.handle)).size).toBe(data.products.length)
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length)
    expect(new Set(variants.map((v) => v.barcode)).size).toBe(variants.length)
    expect(variants.filter((v) => !ean13Ok(v.barcode)).map((v) => v.sku)).toEqual([])
  })

  it("keeps OCOP rules: 3–5 stars, 5 stars national, tax codes well formed", () => {
    for (const p of data.products) {
      expect([3, 4, 5], p.handle).toContain(p.stars)
      if (p.stars === 5) expect(p.issuing_level, p.handle).toBe("national")
    }
    for (const p of data.producers) expect(p.tax_code, p.handle).toMatch(/^\d{10}(-\d{3})?$/)
  })

  it("only refers to centres, villages and producers that exist", () => {
    const centres = new Set(data.centres.map((c) => c.handle))
    const villages = new Set(data.villages.map((v) => v.handle))
    const producers = new Map(data.producers.map((p) => [p.handle, p]))
    for (const p of data.producers) expect(villages.has(p.village), p.handle).toBe(true)
    for (const p of data.products) {
      expect(producers.get(p.producer)?.village, p.handle).toBe(p.village)
      for (const v of p.variants) for (const c of Object.keys(v.stock)) expect(centres.has(c), `${v.sku} at ${c}`).toBe(true)
    }
    for (const c of data.accounts.clerks) expect(centres.has(c.centre)).toBe(true)
    for (const p of data.accounts.producers) expect(producers.has(p.producer)).toBe(true)
  })

  it("prices in whole VND, stocks every product somewhere, and ships an image for each", () => {
    for (const p of data.products) {
      for (const v of p.variants) expect(Number.isInteger(v.price_vnd) && v.price_vnd >= 1000, v.sku).toBe(true)
      expect(p.variants.some((v) => Object.keys(v.stock).length > 0), p.handle).toBe(true)
      expect(fs.existsSync(imagePath(p.handle)), p.handle).toBe(true)
    }
  })

  it("stores Vietnamese text in NFC", () => {
    const text = allText(data)
    expect(text.filter((s) => s !== s.normalize("NFC"))).toEqual([])
  })
})
