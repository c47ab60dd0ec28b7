import { MedusaError } from "@medusajs/framework/utils"
import { bankAccountProblem } from "./bank-account"
import { HANDLE_PATTERN } from "./handle"
import { isValidTaxCode } from "./tax-code"
import {
  CENTRE_KINDS,
  ISSUING_LEVELS,
  MAX_STARS,
  MIN_STARS,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
} from "./vocabulary"

/**
 * The OCOP rules, as checks that throw a 400 naming the field. Workflows call these in their
 * first step, before anything is written, so a broken rule never leaves a partial write.
 */
function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function oneOf(field: string, value: unknown, allowed: readonly string[]) {
  if (value !== undefined && !allowed.includes(value as string)) {
    invalid(`${field} must be one of ${allowed.join(", ")} (got "${String(value)}").`)
  }
}

export function checkHandle(entity: string, handle: unknown) {
  if (handle === undefined) return
  if (typeof handle !== "string" || !HANDLE_PATTERN.test(handle)) {
    invalid(
      `handle of the ${entity} must be an ASCII slug such as "bat-trang" (got "${String(handle)}").`
    )
  }
}

export type CertificationFields = {
  stars?: number
  group?: string
  issuing_level?: string
  issue_date?: Date | string
  expiry_date?: Date | string | null
}

export function checkCertification(c: CertificationFields) {
  if (c.stars !== undefined && (!Number.isInteger(c.stars) || c.stars < MIN_STARS || c.stars > MAX_STARS)) {
    invalid(`stars must be a whole number from ${MIN_STARS} to ${MAX_STARS} (got ${c.stars}).`)
  }
  oneOf("group", c.group, PRODUCT_GROUPS)
  oneOf("issuing_level", c.issuing_level, ISSUING_LEVELS)
  if (c.stars === 5 && c.issuing_level !== undefined && c.issuing_level !== "national") {
    invalid(`issuing_level must be "national" for a 5-star certificate: 5 stars are recognised nationally.`)
  }
  const issue = c.issue_date ? new Date(c.issue_date) : undefined
  const expiry = c.expiry_date ? new Date(c.expiry_date) : undefined
  if (issue && Number.isNaN(issue.getTime())) invalid(`issue_date is not a date (got "${String(c.issue_date)}").`)
  if (expiry && Number.isNaN(expiry.getTime())) invalid(`expiry_date is not a date (got "${String(c.expiry_date)}").`)
  if (issue && expiry && expiry.getTime() <= issue.getTime()) {
    invalid(`expiry_date must come after issue_date.`)
  }
}

export function checkProducer(p: { handle?: string; type?: string; tax_code?: string }) {
  checkHandle("producer", p.handle)
  oneOf("type", p.type, PRODUCER_TYPES)
  if (p.tax_code !== undefined && !isValidTaxCode(p.tax_code)) {
    invalid(`tax_code must be 10 digits, or 10 digits, a hyphen and 3 digits (got "${p.tax_code}").`)
  }
}

type CentreFields = {
  handle?: string
  kind?: string
  stars?: number | null
  bank_bin?: string | null
  bank_account_number?: string | null
  bank_account_name?: string | null
}

export function checkCentre(c: CentreFields) {
  checkHandle("centre", c.handle)
  oneOf("kind", c.kind, CENTRE_KINDS)
  if (c.stars != null && (!Number.isInteger(c.stars) || c.stars < MIN_STARS || c.stars > MAX_STARS)) {
    invalid(`stars of the centre must be a whole number from ${MIN_STARS} to ${MAX_STARS} (got ${c.stars}).`)
  }
  // A VietQR code needs all three; a centre without any uses the server's default account.
  if (c.bank_bin || c.bank_account_number || c.bank_account_name) {
    const problem = bankAccountProblem({
      bin: c.bank_bin ?? undefined,
      account_number: c.bank_account_number ?? undefined,
      account_name: c.bank_account_name ?? undefined,
    })
    if (problem) invalid(problem)
  }
}

export function duplicateHandle(entity: string, handle: string): never {
  invalid(`handle "${handle}" is already used by another ${entity}.`)
}
