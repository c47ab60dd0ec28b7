import { describe, expect, it } from "vitest"
import { AcceptInvite, deliveryLines, ListingForm, Month, ProducerLogin, StockAction, variantRows } from "./producer-forms"

const messages = (r: { error?: { issues: { message: string }[] } }) => [...new Set((r.error?.issues ?? []).map((i) => i.message))].sort()
const LISTING = { intent: "save", title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", variant_title_0: "Cao 30 cm", variant_price_0: "450.000", variant_sku_0: "BT-BINH-30", variant_barcode_0: "8930000000017" }

describe("producer login form", () => {
  it("reads the e-mail as it was invited, and wants a password", () => {
    expect(ProducerLogin.parse({ email: " HTX@BatTrang.VN ", password: "x" }).email).toBe("htx@battrang.vn")
    expect(messages(ProducerLogin.safeParse({ email: "htx", password: "" }))).toEqual(["email", "password"])
  })

  it("wants an invitation's password twice the same, and 8 characters long", () => {
    expect(AcceptInvite.safeParse({ token: "inv_6f1c2a9e0b", password: "gom-men-lam", confirm: "gom-men-lam" }).success).toBe(true)
    expect(messages(AcceptInvite.safeParse({ token: "inv_6f1c2a9e0b", password: "ngan", confirm: "khac" }))).toEqual(["confirm", "password"])
  })
})

describe("listing form", () => {
  it("reads prices as people type đồng, and leaves empty rows out", () => {
    expect(ListingForm.safeParse(LISTING).success).toBe(true)
    expect(variantRows({ ...LISTING, variant_title_1: "", variant_price_1: " " }).rows).toEqual([{ title: "Cao 30 cm", price: 450_000, sku: "BT-BINH-30", barcode: "8930000000017" }])
    expect(variantRows({ variant_title_0: "Nhỏ", variant_price_0: "1,5tr" }).rows[0]!.price).toBe(1_500_000)
  })

  it("names each wrong field: titles, price, barcode, SKU with spaces", () => {
    const wrong = { ...LISTING, title_en: " ", variant_price_0: "0", variant_barcode_0: "123", variant_sku_0: "BT BINH" }
    expect(messages(ListingForm.safeParse(wrong))).toEqual(["title_en", "variant_barcode", "variant_price", "variant_sku"])
  })

  it("wants at least one variant, and a name for a row with a price", () => {
    expect(messages(ListingForm.safeParse({ intent: "save", title_vi: "Bình", title_en: "Vase" }))).toEqual(["variants"])
    expect(messages(ListingForm.safeParse({ ...LISTING, variant_title_1: "", variant_price_1: "100000" }))).toEqual(["variant_title"])
  })

  it("is a save when no button named the intent (the browser's check sees no submitter)", () => {
    const { intent: _, ...withoutIntent } = LISTING
    expect(ListingForm.parse(withoutIntent).intent).toBe("save")
  })

  it("has no certification fields to fill: stars typed in are not read", () => {
    const parsed = ListingForm.parse({ ...LISTING, stars: "5" }) as Record<string, unknown>
    expect(variantRows(parsed).rows).toHaveLength(1)
  })
})

describe("delivery and statement forms", () => {
  it("takes the quantities above zero as lines", () => {
    const form = { intent: "deliver", centre: "bat-trang", qty_variant_binh: "5", qty_variant_khac: "" }
    expect(StockAction.safeParse(form).success).toBe(true)
    expect(deliveryLines(form)).toEqual([{ variant_id: "variant_binh", quantity: 5 }])
    expect(messages(StockAction.safeParse({ ...form, qty_variant_binh: "0" }))).toContain("lines")
    expect(messages(StockAction.safeParse({ ...form, qty_variant_binh: "2.5" }))).toContain("quantity")
    expect(StockAction.safeParse({ intent: "cancel", delivery_id: "dlv_1" }).success).toBe(true)
  })

  it("takes a month as YYYY-MM", () => {
    expect(Month.safeParse("2026-11").success).toBe(true)
    expect(Month.safeParse("2026-13").success).toBe(false)
    expect(Month.safeParse("../x").success).toBe(false)
  })
})
