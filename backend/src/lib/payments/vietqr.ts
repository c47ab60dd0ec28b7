import QRCode from "qrcode"
import { QRPay } from "vietnam-qr-pay"
import type { BankAccount } from "../../modules/ocop/lib/bank-account"

/**
 * Dynamic VietQR codes: the EMVCo merchant-presented payload of NAPAS 247 (bank BIN, account,
 * amount in VND, currency 704, the order reference as the purpose, CRC-16/CCITT), built by
 * vietnam-qr-pay, and drawn as an image by qrcode.
 */

/** "OCOP" and ten capitals or digits: short enough for every bank app's transfer note, and
 *  unambiguous when a bank notification quotes it inside longer text. */
export const REFERENCE_PATTERN = /OCOP[0-9A-Z]{10}/

/** The transfer reference of a payment session: the last ten characters of its ULID (50 random
 *  bits), so references stay unique without a counter. */
export function vietQrReference(sessionId: string): string {
  const tail = sessionId.replace(/[^0-9A-Za-z]/g, "").slice(-10).toUpperCase()
  if (tail.length < 10) throw new Error(`Cannot derive a transfer reference from "${sessionId}".`)
  return `OCOP${tail}`
}

/** The reference quoted in a bank's transfer description, which banks often pad with their own text. */
export function findReference(description: string): string | null {
  return description.toUpperCase().replace(/\s+/g, "").match(REFERENCE_PATTERN)?.[0] ?? null
}

export function vietQrPayload(input: { account: BankAccount; amount: number; reference: string }): string {
  if (!Number.isInteger(input.amount) || input.amount <= 0) {
    throw new Error(`A VietQR amount is a whole number of đồng above zero (got ${input.amount}).`)
  }
  return QRPay.initVietQR({
    bankBin: input.account.bin,
    bankNumber: input.account.account_number,
    amount: String(input.amount),
    purpose: input.reference,
  }).build()
}

/** A PNG data URL, ready for an <img>: error correction M survives a scuffed screen or print. */
export function vietQrImage(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: "M", margin: 2, width: 320 })
}
