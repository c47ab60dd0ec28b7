/** EAN-13 barcodes. Vietnam's GS1 prefix is 893. */

/** The check digit for the first 12 digits: weights 1,3,1,3… from the left. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) {
    throw new Error(`An EAN-13 body has 12 digits; got "${first12}"`)
  }
  let sum = 0
  for (let i = 0; i < 12; i++) {
    sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  }
  return (10 - (sum % 10)) % 10
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12])
}

/**
 * Any GS1 trade item number a producer prints: GTIN-8 (EAN-8), -12 (UPC-A), -13 (EAN-13) or -14,
 * whose last digit is the mod-10 check digit (weights 3,1,3… from the right, before it).
 */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false
  const body = code.slice(0, -1)
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1)
  return (10 - (sum % 10)) % 10 === Number(code.at(-1))
}

/** Builds a full code from 12 digits by appending the check digit. */
export function toEan13(first12: string): string {
  return first12 + String(ean13CheckDigit(first12))
}
