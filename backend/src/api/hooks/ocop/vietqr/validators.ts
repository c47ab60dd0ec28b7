import { z } from "@medusajs/framework/zod"

/** A bank's (or its aggregator's) notice that a transfer reached one of our accounts. */
export const VietQrBankNotification = z
  .object({
    /** The bank's transaction id: one transfer is applied once, however often it is sent. */
    id: z.string().trim().min(1).max(100),
    amount: z.number().int("amount must be a whole number of đồng").positive("amount must be above zero"),
    /** The transfer note as the bank received it; it quotes our OCOP… reference. */
    description: z.string().max(500),
    account_number: z.string().trim().optional(),
    paid_at: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
export type VietQrBankNotification = z.infer<typeof VietQrBankNotification>
