import type { RaceContext } from "./race"
import { plentiful, X } from "./race"
import { cartReadyToPay, completeCart, inBatches, saleBody, sell, type Reply } from "./shop"
import { sleep } from "./cluster"

/**
 * Buyers who each want one order and behave like a real client: an answer that is not an order
 * (a refused connection, a 5xx) is retried, on the other server, with the same cart or the same
 * sale. So a test can check that what a server confirmed before it died is there exactly once.
 */
export type Buyer = {
  kind: "web" | "pos"
  cartId?: string
  sale?: ReturnType<typeof saleBody>
  till?: RaceContext["tills"][string][number]
  replies: Reply[]
  orderId: string | null
}

/** `n` buyers of a piece with plenty of stock at X: these tests are about faults, not scarcity. */
export async function prepareBuyers(ctx: RaceContext, n: number) {
  const v = await plentiful(ctx)
  const buyers = await inBatches(Array.from({ length: n }, (_, i) => i), 8, async (i): Promise<Buyer> => {
    if (i % 2 === 0) {
      const till = ctx.tills[X]![(i / 2) % 2]!
      return { kind: "pos", till, sale: saleBody(till, [{ variant_id: v.id, quantity: 1, unit_price: v.price }]), replies: [], orderId: null }
    }
    const cartId = await cartReadyToPay(ctx.cluster.servers[i % 2]!, ctx.cluster.key, ctx.region, [{ variant_id: v.id, quantity: 1 }], i % 4 === 1 ? X : undefined)
    return { kind: "web", cartId, replies: [], orderId: null }
  })
  return { variant: v.id, buyers }
}

/** One attempt by a buyer on a server: its reply, and the order when there is one. */
async function attempt(ctx: RaceContext, b: Buyer, base: string) {
  if (b.kind === "pos") return sell(b.till!, b.sale, base)
  return completeCart(base, ctx.cluster.key, b.cartId!)
}

/**
 * Sends every buyer, `concurrency` at a time, retrying each on the other server after a failure
 * until `deadlineMs`. `onConfirmed` sees the running count (a test kills a server from there).
 */
export async function buy(ctx: RaceContext, buyers: Buyer[], opts: { concurrency: number; deadlineMs: number; onConfirmed?: (n: number) => void }) {
  const until = Date.now() + opts.deadlineMs
  let confirmed = 0
  await inBatches(buyers, opts.concurrency, async (b, i) => {
    for (let tries = 0; Date.now() < until; tries++) {
      const base = ctx.cluster.servers[(i + tries) % 2]!
      const r = await attempt(ctx, b, base)
      b.replies.push({ status: r.status, body: r.orderId ? { order_id: r.orderId } : r.body, ms: r.ms })
      if (r.orderId) {
        b.orderId = r.orderId
        opts.onConfirmed?.(++confirmed)
        return
      }
      // A refusal for a reason (4xx other than a conflict in flight) will not change on retry.
      if (r.status >= 400 && r.status < 500 && r.status !== 409) return
      await sleep(500)
    }
  })
}

/** Orders the database holds for each buyer: by the cart it came from, or by the till's sale. */
export async function ordersPerBuyer(ctx: RaceContext, buyers: Buyer[]) {
  const carts = buyers.filter((b) => b.kind === "web").map((b) => b.cartId!)
  const sales = buyers.filter((b) => b.kind === "pos").map((b) => b.sale!.client_id)
  const byCart = await ctx.cluster.sql<{ cart_id: string; orders: string[] }>(
    "select cart_id, array_agg(order_id) as orders from order_cart where cart_id = any($1) and deleted_at is null group by cart_id",
    [carts]
  )
  const bySale = await ctx.cluster.sql<{ client_id: string; orders: string[] }>(
    "select client_id, array_agg(order_id) as orders from ocop_pos_sale where client_id = any($1) and deleted_at is null group by client_id",
    [sales]
  )
  const held = new Map<string, string[]>([...byCart.map((r) => [r.cart_id, r.orders] as const), ...bySale.map((r) => [r.client_id, r.orders] as const)])
  return buyers.map((b) => ({ buyer: b, orders: (held.get(b.kind === "web" ? b.cartId! : b.sale!.client_id) ?? []).filter(Boolean) }))
}

/** The POS answer and Medusa's cart answer agree on what a refused request is told. */
export function isSentence(r: Reply) {
  return typeof r.body?.message === "string" && r.body.message.length > 10 && !/\n\s+at /.test(r.body.message)
}

