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

/** A till id for a centre: the handle's initials and a number ("bat-trang", 2 → "BT-2"). */
export function defaultTillId(centreHandle: string, n = 1): string {
  const initials = centreHandle
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join("")
  return `${initials || "POS"}-${n}`
}

/**
 * A new device's till id: the centre's first till with no open shift (BT-1, else BT-2…), so a
 * second device set up while BT-1 sells does not land in BT-1's open shift, whose till id it
 * then could not change. Unreachable: BT-1, which the clerk can change in Settings.
 */
export async function firstFreeTillId(centreHandle: string, isOpen: (tillId: string) => Promise<boolean>, most = 20): Promise<string> {
  for (let n = 1; n <= most; n++) {
    const id = defaultTillId(centreHandle, n)
    try {
      if (!(await isOpen(id))) return id
    } catch {
      return defaultTillId(centreHandle)
    }
  }
  return defaultTillId(centreHandle, most + 1)
}
