import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { recordedConflict, renumbered } from "../../../lib/pos/conflict"
import { offlineLimits } from "../../../lib/pos/offline-limits"
import { refusal } from "../../../lib/pos/refusals"
import type { PosSaleInput, PreparedSale } from "../types"

export const recordPosSaleStepId = "ocop-record-pos-sale"
export const DUPLICATE_SALE = "duplicate_sale"
/** Enough for every device that could have been set up as one till. */
const MAX_RENUMBERINGS = 20

/**
 * The sale's record, written first and "pending": the unique (centre, client id) index turns a
 * second copy of the same sale, even one racing this one from another request or server, into
 * DUPLICATE_SALE before any order exists. A later failure removes the record, so a retry is new.
 *
 * A receipt number another sale already has (two devices set up as the same till while offline)
 * does not lose the sale: it is stored as "<number>/2" (then /3, ...) and flagged as a conflict,
 * as is an offline sale of a product withdrawn or repriced since (prepare-pos-sale).
 * An offline sale over the centre's offline limit is refused here, before anything is written.
 */
export const recordPosSaleStep = createStep(
  recordPosSaleStepId,
  async ({ input, prepared }: { input: PosSaleInput; prepared: PreparedSale }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const s = input.sale
    if (s.offline) {
      const limit = offlineLimits(input.centre).max_sale_amount
      if (prepared.total > limit) throw refusal("offline_limit", input.locale, { limit, total: prepared.total })
    }
    for (let attempt = 0; attempt < MAX_RENUMBERINGS; attempt++) {
      const receipt = attempt ? renumbered(s.receipt_number, attempt) : s.receipt_number
      const conflict = recordedConflict(attempt ? s.receipt_number : null, prepared.issues)
      try {
        const sale = await service.createPosSales({
          centre_id: input.centre.id,
          client_id: s.client_id,
          receipt_number: receipt,
          till_id: s.till_id,
          shift_id: prepared.shift_id,
          user_id: input.clerk.id,
          status: "pending",
          sold_at: s.sold_at ? new Date(s.sold_at) : new Date(),
          subtotal: prepared.subtotal,
          discount_total: prepared.discount_total,
          total: prepared.total,
          change: prepared.change,
          lines: prepared.lines as any,
          payments: s.payments as any,
          customer_id: s.customer_id ?? null,
          note: s.note ?? null,
          offline: !!s.offline,
          conflict: conflict as any,
          conflict_status: conflict?.status ?? null,
        })
        return new StepResponse(sale, sale.id)
      } catch (e) {
        const existing = await service.listPosSales({ centre_id: input.centre.id, client_id: s.client_id }, { take: 1 })
        if (existing.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Sale ${s.client_id} is already recorded.`, DUPLICATE_SALE)
        const taken = await service.listPosSales({ receipt_number: receipt }, { take: 1 })
        if (!taken.length) throw e
      }
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Receipt number ${s.receipt_number} is already used by ${MAX_RENUMBERINGS} sales.`, "receipt_taken")
  },
  async (saleId, { container }) => {
    if (!saleId) return
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.deletePosSales(saleId)
  }
)
