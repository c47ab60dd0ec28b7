import { QRPay } from "vietnam-qr-pay"
import type { Bank } from "./api/types"

/**
 * The dynamic VietQR code a customer scans with their bank app: the EMVCo merchant-presented
 * payload of NAPAS 247 (bank BIN, account, amount in đồng, currency 704, the sale's reference as
 * the transfer note, CRC), built on the device by vietnam-qr-pay as the backend does
 * (backend/src/lib/payments/vietqr.ts), so it works with no network.
 */
export function vietQrPayload(bank: Bank, amount: number, reference: string): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`A VietQR amount is a whole number of đồng above zero (got ${amount}).`)
  return QRPay.initVietQR({ bankBin: bank.bin, bankNumber: bank.account_number, amount: String(amount), purpose: reference }).build()
}

/**
 * "OCOP" and the last ten characters of the sale's ULID, in the backend's reference format
 * (/OCOP[0-9A-Z]{10}/): short enough for every bank app's note, unique without a counter.
 */
export function vietQrReference(clientId: string): string {
  const tail = clientId.replace(/[^0-9A-Za-z]/g, "").slice(-10).toUpperCase()
  if (tail.length < 10) throw new Error(`Cannot derive a transfer reference from "${clientId}".`)
  return `OCOP${tail}`
}
