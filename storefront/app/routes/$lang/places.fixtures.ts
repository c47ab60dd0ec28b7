import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll } from "vitest"

/** What the places pages' tests answer for the backend (the shapes of /store/ocop/*). */
export const BACKEND = "http://localhost:9000"

export const centreRecord = {
  id: "ctr_1",
  handle: "bat-trang",
  name: "Bát Tràng Centre",
  kind: "design_sales_centre",
  commune: "Bát Tràng",
  former_district: "Gia Lâm",
  province: "Hà Nội",
  address: "Thôn 1, xã Bát Tràng, Hà Nội",
  latitude: 20.9766,
  longitude: 105.9129,
  opening_hours: "08:00–17:30, thứ Hai – Chủ nhật",
  phone: "024 3874 0000",
  stars: 4,
  description: "A showroom and design studio.",
  product_count: 36,
}
const producerRecord = {
  id: "prod_1",
  handle: "gom-pham-gia",
  name: "Công ty TNHH Gốm Phạm Gia",
  type: "enterprise",
  representative: "Phạm Quang Khải",
  phone: "0357 835 799",
  email: "gom-pham-gia@ocop.test",
  story: "Hand-painted blue-and-white ware.",
  village: { handle: "bat-trang", name: "Làng gốm Bát Tràng" },
}
const villageRecord = {
  id: "vil_1",
  handle: "bat-trang",
  name: "Làng gốm Bát Tràng",
  craft: "Ceramics",
  commune: "Bát Tràng",
  former_district: "Gia Lâm",
  story: "Pottery since the Lý dynasty.",
}
export const searchAnswer = {
  hits: [],
  count: 0,
  limit: 12,
  offset: 0,
  query: "",
  corrected_query: null,
  sort: "newest",
  facets: { centre: { "bat-trang": 3, "pho-co-ha-noi": 2 } },
  facet_labels: { centre: { "bat-trang": "Bát Tràng Centre", "pho-co-ha-noi": "Old Quarter Sales Point" } },
}

const notFound = () => HttpResponse.json({ type: "not_found", message: "No such handle." }, { status: 404 })

/** Every backend call the test made, in order. */
export const asked: URL[] = []

export const server = setupServer(
  http.get(`${BACKEND}/store/ocop/centres`, ({ request }) => {
    asked.push(new URL(request.url))
    return HttpResponse.json({ centres: [centreRecord, { ...centreRecord, id: "ctr_2", handle: "thanh-oai", kind: "sales_point", stars: null }] })
  }),
  http.get(`${BACKEND}/store/ocop/centres/:handle`, ({ request, params }) => {
    asked.push(new URL(request.url))
    if (params.handle !== "bat-trang") return notFound()
    return HttpResponse.json({ centre: { ...centreRecord, villages: [villageRecord], producers: [producerRecord] } })
  }),
  http.get(`${BACKEND}/store/ocop/villages/:handle`, ({ request, params }) => {
    asked.push(new URL(request.url))
    if (params.handle !== "bat-trang") return notFound()
    return HttpResponse.json({ village: { ...villageRecord, producers: [producerRecord] } })
  }),
  http.get(`${BACKEND}/store/ocop/producers/:handle`, ({ request, params }) => {
    asked.push(new URL(request.url))
    if (params.handle !== "gom-pham-gia") return notFound()
    return HttpResponse.json({ producer: { ...producerRecord, tax_code: "0107286150", products: [] } })
  }),
  http.get(`${BACKEND}/store/ocop/search`, ({ request }) => {
    asked.push(new URL(request.url))
    return HttpResponse.json(searchAnswer)
  })
)

/** A backend that does not answer at all. */
export const unreachable = (path: string) => http.get(`${BACKEND}${path}`, () => HttpResponse.error())

export function useBackend() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
  afterEach(() => {
    server.resetHandlers()
    asked.length = 0
  })
  afterAll(() => server.close())
}

/** The backend call to one path (the first, if several). */
export const call = (path: string) => asked.find((u) => u.pathname === path)

export const loaderArgs = (path: string, params: Record<string, string>) =>
  ({ request: new Request(`http://shop.test${path}`), params, context: {} }) as any
