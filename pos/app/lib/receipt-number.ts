/**
 * Receipt numbers: the till's prefix and a sequence kept on the device, "BT1-000042". The till
 * id is the one the device was set up with ("BT-1"); the prefix is its letters and digits.
 */
export function receiptPrefix(tillId: string): string {
  const prefix = tillId.toUpperCase().replace(/[^A-Z0-9]/g, "")
  if (!prefix) throw new Error(`Till id "${tillId}" has no letters or digits for a receipt prefix.`)
  return prefix
}

export function formatReceiptNumber(tillId: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError("A receipt sequence starts at 1.")
  return `${receiptPrefix(tillId)}-${String(sequence).padStart(6, "0")}`
}

const RECEIPT = /\b([A-Z0-9]{1,12}-\d{6,})\b/

/**
 * The receipt number in what a clerk typed or scanned: a number ("bt1-000042", " BT1-000042 "),
 * or the e-receipt link a receipt's QR code holds (…/receipts/BT1-000042?t=…).
 */
export function findReceiptNumber(text: string): string | null {
  const t = text.trim()
  try {
    const url = new URL(t)
    const last = decodeURIComponent(url.pathname.split("/").filter(Boolean).pop() ?? "")
    return last.toUpperCase().match(RECEIPT)?.[1] ?? null
  } catch {
    return t.toUpperCase().match(RECEIPT)?.[1] ?? null
  }
}

/** A till id for a new device at a centre: the handle's initials and "-1" ("bat-trang" → "BT-1"). */
export function defaultTillId(centreHandle: string): string {
  const initials = centreHandle
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join("")
  return `${initials || "POS"}-1`
}
