import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { PosSaleInput, PreparedSale } from "../types"

export const recordPosSaleStepId = "ocop-record-pos-sale"
export const DUPLICATE_SALE = "duplicate_sale"

/**
 * The sale's record, written first and "pending": the unique (centre, client id) index turns a
 * second copy of the same sale, even one racing this one from another request or server, into
 * DUPLICATE_SALE before any order exists. A later failure removes the record, so a retry is new.
 */
export const recordPosSaleStep = createStep(
  recordPosSaleStepId,
  async ({ input, prepared }: { input: PosSaleInput; prepared: PreparedSale }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const s = input.sale
    try {
      const sale = await service.createPosSales({
        centre_id: input.centre.id,
        client_id: s.client_id,
        receipt_number: s.receipt_number,
        till_id: s.till_id,
        shift_id: s.shift_id ?? null,
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
      })
      return new StepResponse(sale, sale.id)
    } catch (e) {
      const existing = await service.listPosSales({ centre_id: input.centre.id, client_id: s.client_id }, { take: 1 })
      if (existing.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Sale ${s.client_id} is already recorded.`, DUPLICATE_SALE)
      const taken = await service.listPosSales({ receipt_number: s.receipt_number }, { take: 1 })
      if (taken.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Receipt number ${s.receipt_number} is already used by another sale.`, "receipt_taken")
      throw e
    }
  },
  async (saleId, { container }) => {
    if (!saleId) return
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.deletePosSales(saleId)
  }
)
