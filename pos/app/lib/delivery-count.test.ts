import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createApi } from "./api/client"
import type { Delivery } from "./api/types"
import { initialCounts, receivedLines } from "./delivery-count"

const delivery: Delivery = {
  id: "pdel_1",
  centre: { handle: "bat-trang", name_vi: "Bát Tràng", name_en: "Bat Trang" },
  producer: { id: "prod_1", handle: "htx", legal_name: "HTX Gốm sứ" },
  status: "proposed",
  lines: [
    { variant_id: "v1", product_id: "p1", title_vi: "Bình", title_en: "Vase", sku: "BT-1", quantity: 5, received_quantity: null },
    { variant_id: "v2", product_id: "p2", title_vi: "Chén", title_en: "Cup", sku: null, quantity: 2, received_quantity: null },
  ],
  note: null,
  created_at: "2026-12-06T00:00:00.000Z",
  received_at: null,
}

describe("counting a delivery", () => {
  it("starts at the proposal and sends only the counts that differ", () => {
    const counts = initialCounts(delivery)
    expect(counts).toEqual({ v1: "5", v2: "2" })
    expect(receivedLines(delivery, counts)).toEqual([])
    expect(receivedLines(delivery, { ...counts, v1: " 4 " })).toEqual([{ variant_id: "v1", received_quantity: 4 }])
    expect(receivedLines(delivery, { ...counts, v2: "0" })).toEqual([{ variant_id: "v2", received_quantity: 0 }])
  })

  it("refuses a count that is not a whole number of 0 or more", () => {
    for (const bad of ["", "-1", "1.5", "abc"]) expect(receivedLines(delivery, { v1: bad, v2: "2" })).toBeNull()
  })
})

describe("the deliveries API", () => {
  const received: { path: string; body: unknown }[] = []
  const server = setupServer(
    http.get("*/pos/deliveries", () => HttpResponse.json({ deliveries: [delivery] })),
    http.post("*/pos/deliveries/:id/receive", async ({ request, params }) => {
      received.push({ path: `/pos/deliveries/${params.id}/receive`, body: await request.json() })
      return HttpResponse.json({ delivery: { ...delivery, status: "received" } })
    }),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
  afterAll(() => server.close())

  it("lists this centre's deliveries and receives one with the changed counts only", async () => {
    const api = createApi({ baseUrl: "http://till.test", token: () => "t" })
    expect((await api.deliveries()).deliveries[0]?.id).toBe("pdel_1")
    await api.receiveDelivery("pdel_1", [])
    await api.receiveDelivery("pdel_1", [{ variant_id: "v1", received_quantity: 4 }])
    expect(received).toEqual([
      { path: "/pos/deliveries/pdel_1/receive", body: {} },
      { path: "/pos/deliveries/pdel_1/receive", body: { lines: [{ variant_id: "v1", received_quantity: 4 }] } },
    ])
  })
})
