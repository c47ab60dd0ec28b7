import { describe, expect, it } from "vitest"
import { QRPay } from "vietnam-qr-pay"
import { vietQrPayload, vietQrReference } from "./vietqr"

const bank = { bin: "970436", short_name: "Vietcombank", account_number: "0011004455667", account_name: "TT OCOP BAT TRANG" }

describe("vietQrPayload", () => {
  it("builds a valid NAPAS 247 code in đồng with the amount and the reference", () => {
    const payload = vietQrPayload(bank, 790_000, "OCOP01JD5Z8K2Q")
    expect(payload).toContain("5303704") // currency 704, VND
    expect(payload).toContain("5406790000") // amount
    expect(payload).toContain("A000000727") // NAPAS
    const parsed = new QRPay(payload)
    expect(parsed.isValid).toBe(true)
    expect(parsed.amount).toBe("790000")
    expect(parsed.consumer?.bankBin).toBe("970436")
    expect(parsed.consumer?.bankNumber).toBe("0011004455667")
    expect(parsed.additionalData?.purpose).toBe("OCOP01JD5Z8K2Q")
  })
  it("refuses an amount that is not whole đồng above zero", () => {
    expect(() => vietQrPayload(bank, 0, "OCOP0000000000")).toThrow(RangeError)
    expect(() => vietQrPayload(bank, 10.5, "OCOP0000000000")).toThrow(RangeError)
  })
})

describe("vietQrReference", () => {
  it("takes the ULID's last ten characters, in the backend's format", () => {
    const ref = vietQrReference("01JD5Z8K2QABCDEFGH12345678")
    expect(ref).toBe("OCOPGH12345678")
    expect(ref).toMatch(/^OCOP[0-9A-Z]{10}$/)
  })
})
