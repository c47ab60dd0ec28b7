import { Banks, VietQRStatus } from "vietnam-qr-pay"

/** A receiving bank account on the NAPAS 247 network, as a VietQR code names it. */
export type BankAccount = {
  /** The bank's 6-digit NAPAS BIN, e.g. 970436 for Vietcombank. */
  bin: string
  account_number: string
  /** The holder's name as the bank shows it: upper case without diacritics. */
  account_name: string
}

/** Banks that can receive a VietQR transfer, from vietnam-qr-pay's list (kept with NAPAS's). */
export function receivingBank(bin: string) {
  return Banks.find((b) => b.bin === bin && !b.deprecated && b.vietQRStatus !== VietQRStatus.NOT_SUPPORTED)
}

/** Account numbers are up to 19 characters (EMVCo field 38.01.01); banks use digits and letters. */
const ACCOUNT_NUMBER = /^[0-9A-Z]{6,19}$/
/** Bank apps display the holder in ASCII capitals, e.g. "TRUNG TAM OCOP BAT TRANG". */
const ACCOUNT_NAME = /^[A-Z0-9 .,&()-]{2,50}$/

/** How the fields are called where the account comes from: a centre's columns by default. */
export type BankAccountFieldNames = Record<keyof BankAccount, string>
const CENTRE_FIELDS: BankAccountFieldNames = {
  bin: "bank_bin",
  account_number: "bank_account_number",
  account_name: "bank_account_name",
}

/** The problem with an account, as a sentence naming the field, or null when it can receive VietQR. */
export function bankAccountProblem(a: Partial<BankAccount>, names: BankAccountFieldNames = CENTRE_FIELDS): string | null {
  if (!a.bin || !receivingBank(a.bin)) {
    return `${names.bin} must be the 6-digit NAPAS code of a bank that receives VietQR transfers, such as 970436 for Vietcombank (got "${a.bin ?? ""}").`
  }
  if (!a.account_number || !ACCOUNT_NUMBER.test(a.account_number)) {
    return `${names.account_number} must be 6 to 19 digits or capital letters (got "${a.account_number ?? ""}").`
  }
  if (!a.account_name || !ACCOUNT_NAME.test(a.account_name)) {
    return `${names.account_name} must be the holder's name in capitals without diacritics, as the bank shows it (got "${a.account_name ?? ""}").`
  }
  return null
}
