import { describe, expect, it } from "vitest"
import { medusa, RECEIPT } from "../../../test/mocks/medusa"
import { args, get, thrown, useMedusa } from "../../../test/route-requests"
import { loader } from "./receipts.$number"

useMedusa()
const open = (number: string, token: string | null, lang = "en") =>
  loader(args(get(`/${lang}/receipts/${number}${token ? `?t=${token}` : ""}`), { lang, number }))

describe("e-receipt page loader", () => {
  it("shows the receipt its QR code opens, asking the backend with the token in the page's language", async () => {
    const page = await open("BT1-000042", RECEIPT.token)
    expect(page.receipt).toMatchObject({ receipt_number: "BT1-000042", total: 450_000, change: 50_000 })
    const asked = medusa.find("GET", "/store/ocop/receipts/BT1-000042")[0]!
    expect(asked.query.get("t")).toBe(RECEIPT.token)
    expect(asked.query.get("locale")).toBe("en")
  })

  it("is not found without the token or with a wrong one, and does not ask for a number that cannot be one", async () => {
    expect(await thrown(open("BT1-000042", null))).toMatchObject({ init: { status: 404 } })
    expect(await thrown(open("../admin", "x"))).toMatchObject({ init: { status: 404 } })
    expect(medusa.received).toEqual([])
    expect(await thrown(open("BT1-000042", "tok_wrong"))).toMatchObject({ init: { status: 404 } })
  })
})
