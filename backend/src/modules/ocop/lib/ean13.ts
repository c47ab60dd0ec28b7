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

/** Builds a full code from 12 digits by appending the check digit. */
export function toEan13(first12: string): string {
  return first12 + String(ean13CheckDigit(first12))
}
