import { BigNumber } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "../../config/payments"
import type { VietQrData } from "../../providers/payment-vietqr/data"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

export type VietQrPayment = {
  session_id: string
  data: VietQrData
  /** The payment Medusa made when the order was placed; null while the cart is still open. */
  payment: { id: string; amount: number; captured: number; canceled: boolean } | null
}

function view(session: any): VietQrPayment {
  const p = session.payment
  return {
    session_id: session.id,
    data: session.data as VietQrData,
    payment: p
      ? {
          id: p.id,
          amount: num(p.amount),
          captured: (p.captures ?? []).reduce((sum: number, c: any) => sum + num(c.amount), 0),
          canceled: !!p.canceled_at,
        }
      : null,
  }
}

const FIELDS = ["id", "provider_id", "data", "payment.id", "payment.amount", "payment.canceled_at", "payment.captures.amount"]

export async function vietQrPaymentBySession(query: Query, sessionId: string): Promise<VietQrPayment | null> {
  const { data } = await query.graph({ entity: "payment_session", fields: FIELDS, filters: { id: sessionId, provider_id: VIETQR_PROVIDER_ID } })
  return data[0] ? view(data[0]) : null
}

/** The newest session whose code carries this reference (a JSON filter on the session data). */
export async function vietQrPaymentByReference(query: Query, reference: string): Promise<VietQrPayment | null> {
  const { data } = await query.graph({
    entity: "payment_session",
    fields: [...FIELDS, "created_at"],
    filters: { provider_id: VIETQR_PROVIDER_ID, data: { reference } },
  })
  const newest = data.sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))[0]
  return newest ? view(newest) : null
}
