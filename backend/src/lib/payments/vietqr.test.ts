import jsQR from "jsqr"
import { PNG } from "pngjs"
import { describe, expect, it } from "vitest"
import { findReference, vietQrImage, vietQrPayload, vietQrReference } from "./vietqr"

/** EMVCo TLV: two-digit id, two-digit length, value. Written here, apart from the library that encodes. */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  let i = 0
  while (i < text.length) {
    const id = text.slice(i, i + 2)
    const length = Number(text.slice(i + 2, i + 4))
    expect(Number.isInteger(length)).toBe(true)
    fields.set(id, text.slice(i + 4, i + 4 + length))
    i += 4 + length
  }
  expect(i).toBe(text.length)
  return fields
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), which EMVCo QR uses over everything up to "6304". */
function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

const account = { bin: "970436", account_number: "0451000123456", account_name: "TRUNG TAM OCOP BAT TRANG" }

describe("VietQR payload", () => {
  const reference = vietQrReference("payses_01JD3Z8Q4N7T2V5X9K6M3R8B1C")
  const payload = vietQrPayload({ account, amount: 250000, reference })
  const fields = tlv(payload)

  it("is a dynamic EMVCo code for NAPAS 247 with the account, the amount in VND and the reference", () => {
    expect(fields.get("00")).toBe("01")
    expect(fields.get("01")).toBe("12") // 12 = dynamic: one payment, one amount
    const merchant = tlv(fields.get("38")!)
    expect(merchant.get("00")).toBe("A000000727") // NAPAS's application id
    const beneficiary = tlv(merchant.get("01")!)
    expect(beneficiary.get("00")).toBe("970436")
    expect(beneficiary.get("01")).toBe("0451000123456")
    expect(merchant.get("02")).toBe("QRIBFTTA") // transfer to an account
    expect(fields.get("53")).toBe("704") // VND
    expect(fields.get("54")).toBe("250000")
    expect(fields.get("58")).toBe("VN")
    expect(tlv(fields.get("62")!).get("08")).toBe(reference)
  })

  it("ends with a CRC-16/CCITT that matches the rest of the payload", () => {
    expect(payload.slice(-8, -4)).toBe("6304")
    expect(fields.get("63")).toBe(crc16(payload.slice(0, -4)))
    const tampered = payload.replace("250000", "950000")
    expect(tampered.slice(-4)).not.toBe(crc16(tampered.slice(0, -4)))
  })

  it("refuses an amount that is not a whole number of đồng above zero", () => {
    expect(() => vietQrPayload({ account, amount: 0, reference })).toThrow(/whole number/)
    expect(() => vietQrPayload({ account, amount: 12.5, reference })).toThrow(/whole number/)
  })

  it("draws an image that a QR reader decodes back to the payload", async () => {
    const dataUrl = await vietQrImage(payload)
    expect(dataUrl.startsWith("data:image/png;base64,")).toBe(true)
    const png = PNG.sync.read(Buffer.from(dataUrl.split(",")[1]!, "base64"))
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(read?.data).toBe(payload)
  })
})

describe("transfer reference", () => {
  it("is OCOP and ten capitals taken from the session id, the same every time", () => {
    expect(vietQrReference("payses_01JD3Z8Q4N7T2V5X9K6M3R8B1C")).toBe("OCOP9K6M3R8B1C")
    expect(vietQrReference("payses_01jd3z8q4n7t2v5x9k6m3r8b1c")).toBe("OCOP9K6M3R8B1C")
  })

  it("is found inside a bank's description, whatever case or spacing the bank adds", () => {
    expect(findReference("MBVCB.1234.ocop 9k6m3r8b1c .CT tu 0011 NGUYEN VAN A")).toBe("OCOP9K6M3R8B1C")
    expect(findReference("chuyen tien hang")).toBeNull()
  })
})
