import { useQuery } from "@tanstack/react-query"
import { useOcopMutation } from "./queries"
import { sdk } from "./sdk"

/** Producers' deliveries to the centres (docs/producer-api.md, "Stock and deliveries"). */
export type DeliveryStatus = "proposed" | "received" | "cancelled"
export type DeliveryFilter = DeliveryStatus | "all"

export type DeliveryLine = {
  variant_id: string
  product_id: string
  title_vi: string
  title_en: string
  sku: string | null
  quantity: number
  received_quantity: number | null
}

export type Delivery = {
  id: string
  centre: { handle: string; name_vi: string; name_en: string } | null
  producer: { id: string; handle: string; legal_name: string } | null
  status: DeliveryStatus
  lines: DeliveryLine[]
  note: string | null
  created_at: string
  received_at: string | null
}

export type ReceivedCount = { variant_id: string; received_quantity: number }

export const deliveriesApi = {
  list: (status: DeliveryFilter) =>
    sdk.client.fetch<{ deliveries: Delivery[]; count: number }>("/admin/ocop/deliveries", { method: "GET", query: { status } }),
  /** Lines left out arrived in full; a delivery already received answers 409. */
  receive: (id: string, lines: ReceivedCount[]) =>
    sdk.client.fetch<{ delivery: Delivery }>(`/admin/ocop/deliveries/${encodeURIComponent(id)}/receive`, {
      method: "POST",
      body: lines.length ? { lines } : {},
    }),
}

// Under ["ocop"], so every OCOP write (useOcopMutation) refreshes these lists too.
export const deliveryKeys = { list: (status: DeliveryFilter) => ["ocop", "deliveries", status] as const }

export const useDeliveries = (status: DeliveryFilter) =>
  useQuery({ queryKey: deliveryKeys.list(status), queryFn: () => deliveriesApi.list(status) })

export const useReceiveDelivery = (onDone?: () => void) =>
  useOcopMutation((vars: { id: string; lines: ReceivedCount[] }) => deliveriesApi.receive(vars.id, vars.lines), {
    successMessage: "Đã nhận hàng, tồn kho đã tăng (Received: stock raised)",
    onDone,
  })
