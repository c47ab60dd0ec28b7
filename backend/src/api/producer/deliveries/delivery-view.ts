import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_DELIVERY_MODULE } from "../../../modules/producer-delivery"
import type ProducerDeliveryModuleService from "../../../modules/producer-delivery/service"
import { isDeliveryRefusal, sendDeliveryRefusal } from "../../../workflows/producer-delivery/delivery-refusals"
import type { DeliveryLine } from "../../../workflows/producer-delivery/types"

type Row = { id: string; producer_id: string; centre_id: string; status: string; lines: unknown; note: string | null; created_at: Date; received_at: Date | null }

/**
 * Deliveries as every screen shows them (docs/producer-api.md): the centre by handle and names,
 * the lines as proposed and received. Staff also see whose goods they are (`producer`).
 */
export async function deliveryViews(scope: MedusaContainer, rows: Row[], opts: { producer?: boolean } = {}) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const centreIds = [...new Set(rows.map((r) => r.centre_id))]
  const producerIds = opts.producer ? [...new Set(rows.map((r) => r.producer_id))] : []
  const [{ data: centres }, { data: producers }] = await Promise.all([
    centreIds.length ? query.graph({ entity: "centre", fields: ["id", "handle", "name_vi", "name_en"], filters: { id: centreIds } }) : { data: [] as any[] },
    producerIds.length ? query.graph({ entity: "producer", fields: ["id", "handle", "legal_name"], filters: { id: producerIds } }) : { data: [] as any[] },
  ])
  return rows.map((r) => {
    const c: any = centres.find((x: any) => x.id === r.centre_id)
    const p: any = producers.find((x: any) => x.id === r.producer_id)
    return {
      id: r.id,
      centre: c ? { handle: c.handle, name_vi: c.name_vi, name_en: c.name_en } : null,
      ...(opts.producer ? { producer: p ? { id: p.id, handle: p.handle, legal_name: p.legal_name } : null } : {}),
      status: r.status,
      lines: ((r.lines ?? []) as DeliveryLine[]).map((l) => ({
        variant_id: l.variant_id,
        product_id: l.product_id,
        title_vi: l.title_vi,
        title_en: l.title_en,
        sku: l.sku,
        quantity: l.quantity,
        received_quantity: l.received_quantity,
      })),
      note: r.note,
      created_at: r.created_at,
      received_at: r.received_at,
    }
  })
}

export async function listDeliveries(scope: MedusaContainer, filters: Record<string, unknown>, opts: { producer?: boolean } = {}) {
  const service: ProducerDeliveryModuleService = scope.resolve(PRODUCER_DELIVERY_MODULE)
  const rows = await service.listProducerDeliveries(filters, { order: { created_at: "DESC" }, take: 200 })
  return deliveryViews(scope, rows as Row[], opts)
}

/**
 * Runs a delivery workflow and answers with the delivery, or with its refusal ({ type, code,
 * message } in the caller's language); anything else is Medusa's to answer.
 */
export async function answerDelivery(
  scope: MedusaContainer,
  res: MedusaResponse,
  run: Promise<{ result: unknown; errors: { error: any }[] }>,
  opts: { status?: number; producer?: boolean } = {}
) {
  const { result, errors } = await run
  const error = errors?.[0]?.error
  if (error) {
    if (isDeliveryRefusal(error)) return sendDeliveryRefusal(res, error)
    throw error
  }
  const [delivery] = await deliveryViews(scope, [result as Row], opts)
  res.status(opts.status ?? 200).json({ delivery })
}
