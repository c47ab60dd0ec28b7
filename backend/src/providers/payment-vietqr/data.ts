import type { BankAccount } from "../../modules/ocop/lib/bank-account"

/** What a VietQR payment keeps in Medusa's payment session and payment `data`. */
export type VietQrData = {
  reference: string
  account: BankAccount
  /** The centre whose account receives the transfer; none when the default account does. */
  centre_id: string | null
  amount: number
  currency_code: "vnd"
  payload: string
  status: "awaiting_transfer" | "received" | "canceled"
  received_at?: string
  /** Money sent back by staff; a VietQR refund is a transfer made from the bank, recorded here. */
  refunds?: { amount: number; at: string }[]
}

/** The account a VietQR session pays into, set by the server (api/store/payment-collections),
 *  never taken from the shopper's request. */
export type VietQrSessionInput = { account?: BankAccount; centre_id?: string | null; session_id?: string }
