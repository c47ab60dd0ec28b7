import { http, HttpResponse, type HttpHandler } from "msw"
import { catalogueHandlers } from "./catalogue"
import { producerHandlers } from "./producer"
import { MEDUSA_URL } from "./state"
import { storeHandlers } from "./store"

/**
 * The Medusa backend in memory, for msw: the one fake every storefront test talks to, catalogue
 * (products, centres, villages, producers, search), store (carts, orders, customers, payment) and
 * the producer area (producer.ts) alike, over one state. Tests read `medusa.received` (or `medusa.find(...)`) to see what
 * reached the backend, and seed or change `medusa` to set the scene. In development:
 * `setupServer(...medusaHandlers).listen()`.
 */

export { medusa, MEDUSA_URL, type Received } from "./state"
export { AN, BINH, PROMOTION_CODES, PROVIDERS, RESET_TOKEN } from "./records"
export { RECEIPT } from "./catalogue"
export * as producerRecords from "./producer-records"

export const medusaHandlers: HttpHandler[] = [...storeHandlers, ...catalogueHandlers, ...producerHandlers]

/** A backend that does not answer this GET at all, for `server.use(...)` in one test. */
export const unreachable = (path: string) => http.get(`${MEDUSA_URL}${path}`, () => HttpResponse.error())
