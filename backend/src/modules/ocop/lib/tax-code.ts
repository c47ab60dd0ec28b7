/**
 * Vietnamese tax codes (mã số thuế): 10 digits for an enterprise, cooperative or household
 * business, or 10 digits, a hyphen and 3 digits for a branch or dependent unit.
 */
const TAX_CODE = /^\d{10}(-\d{3})?$/

export function isValidTaxCode(value: string): boolean {
  return TAX_CODE.test(value.trim())
}

/** People type tax codes with spaces or dots; we store the canonical form. */
export function normalizeTaxCode(value: string): string {
  return value.replace(/[\s.]/g, "")
}
