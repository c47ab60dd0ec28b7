import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buy, isSentence, ordersPerBuyer, prepareBuyers } from "./buyers"
import { hasRedisServer, loadCluster, sleep } from "./cluster"
import { latencyOf, statusCounts, trickle } from "./outage"
import { record, settings, writeReport } from "./profile"
import { plentiful, prepareRace, raceRound, X, type RaceContext, type RaceKind, type RoundResult } from "./race"
import { call, cartReadyToPay, completeCart, saleBody, sell } from "./shop"
import { ordersWith } from "./stock"

/**
 * Issue 9: two servers and a worker on one PostgreSQL and one Redis (npm run start:cluster), under
 * races, retries and faults. Each claim is checked in the database, not only in the answers.
 */
// OCOP_LOAD_PORT_OFFSET moves every port, to run beside another copy of this test.
const shift = Number(process.env.OCOP_LOAD_PORT_OFFSET || 0)
const cluster = loadCluster({ servers: [9290 + shift, 9291 + shift], worker: 9292 + shift, postgres: 5447 + shift, redis: 6393 + shift })
let ctx: RaceContext

describe.skipIf(!hasRedisServer())("scale-out: two servers and a worker on PostgreSQL and Redis", () => {
  beforeAll(async () => {
    await cluster.start()
    ctx = await prepareRace(cluster)
  }, 900_000)
  afterAll(async () => {
    console.log(`Load report: ${writeReport()}`)
    await cluster.stop()
  }, 120_000)

  describe("idempotency", () => {
    it(`completes one cart ${settings.idempotentTries} times at once, on both servers, into one order`, async () => {
      const [s1] = cluster.servers
      const v = ctx.single.shift()!
      const cart = await cartReadyToPay(s1, cluster.key, ctx.region, [{ variant_id: v.id, quantity: 1 }], X)
      const replies = await Promise.all(Array.from({ length: settings.idempotentTries }, (_, i) => completeCart(cluster.servers[i % 2]!, cluster.key, cart)))
      record("idempotent_cart", statusCounts(replies))
      // A duplicate still in flight may be told to retry (409); none may fail or make a second order.
      expect(replies.every((r) => r.orderId || r.status === 409), JSON.stringify(statusCounts(replies))).toBe(true)
      const ids = new Set(replies.map((r) => r.orderId).filter(Boolean))
      expect(ids.size).toBe(1)
      const held = await cluster.sql("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cart])
      expect(held.map((r) => r.order_id)).toEqual([...ids])
      // Completing it again later answers the same order.
      expect((await completeCart(cluster.servers[1], cluster.key, cart)).orderId).toBe([...ids][0])
    }, settings.testTimeoutMs)

    it("records a counter sale replayed on both servers once, with one order and one movement of stock", async () => {
      const v = ctx.single.shift()!
      const [t1, t2] = ctx.tills[X]!
      const body = saleBody(t1, [{ variant_id: v.id, quantity: 1, unit_price: v.price }])
      const since = new Date(Date.now() - 1000)
      const replies = await Promise.all(Array.from({ length: settings.idempotentTries }, (_, i) => sell(i % 2 ? t2 : t1, body)))
      record("idempotent_sale", statusCounts(replies))
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1)
      expect(replies.every((r) => r.status === 201 || r.status === 200 || r.status === 409), JSON.stringify(statusCounts(replies))).toBe(true)
      expect(new Set(replies.map((r) => r.orderId).filter(Boolean)).size).toBe(1)
      const sales = await cluster.sql("select id, order_id from ocop_pos_sale where client_id = $1", [body.client_id])
      expect(sales).toHaveLength(1)
      expect(await ordersWith(cluster, v.id, since)).toHaveLength(1)
      const replay = await sell(t2, body)
      expect(replay.status).toBe(200)
      expect(replay.body.sale.id).toBe(sales[0].id)
    }, settings.testTimeoutMs)
  })

  describe("last-unit race", () => {
    const rounds: RoundResult[] = []
    afterAll(() => record("race", summarise(rounds)))
    const plan: [RaceKind, number][] = [
      ["single", settings.race.single],
      ["bundle", settings.race.bundle],
      ["multi-centre", settings.race.multi],
    ]
    for (const [index, [kind, times]] of plan.entries()) {
      it(`${settings.race.contenders} buyers at once, web carts and counter sales on both servers: ${kind} (${times}×)`, async () => {
        for (let round = 0; round < times; round++) {
          const r = await raceRound(ctx, kind, settings.race.contenders, (round + index) % 2 ? "web-only" : "none")
          rounds.push(r)
          record("race", summarise(rounds))
          const why = JSON.stringify(r)
          // What the buyers were told matches what the database holds: no unconfirmed order, none lost.
          expect(r.winners, why).toBe(r.orders)
          if (kind === "multi-centre") {
            expect(r.orders, why).toBeGreaterThanOrEqual(1)
            expect(r.orders, why).toBeLessThanOrEqual(r.units)
          } else {
            expect(r.orders, why).toBe(1)
          }
          // A loser is told why (4xx), or to come back (503 with Retry-After, when a server sheds
          // load); never a 500 or a dropped connection.
          expect(Object.keys(r.statuses).filter((s) => (Number(s) >= 500 && s !== "503") || s === "0"), why).toEqual([])
          for (const level of r.stock) {
            expect(level.reserved, why).toBeGreaterThanOrEqual(0)
            expect(level.reserved, why).toBeLessThanOrEqual(level.stocked)
            expect(level.reserved, why).toBe(level.reservations)
          }
        }
      }, settings.testTimeoutMs)
    }
  })

  describe("faults", () => {
    it("kill -9 of one server in the middle of the load loses no confirmed order and duplicates none", async () => {
      const { variant, buyers } = await prepareBuyers(ctx, settings.killBuyers)
      const since = new Date(Date.now() - 1000)
      const before = cluster.pid("server-2")
      let killed = false
      await buy(ctx, buyers, {
        concurrency: 8,
        deadlineMs: 240_000,
        onConfirmed: (n) => {
          if (!killed && n >= buyers.length / 3) {
            killed = true
            cluster.killServer("server-2")
          }
        },
      })
      expect(killed).toBe(true)
      const held = await ordersPerBuyer(ctx, buyers)
      const failures = buyers.flatMap((b) => b.replies.filter((r) => r.status === 0 || r.status >= 500).map((r) => r.status))
      record("kill_server", { buyers: buyers.length, failed_attempts: statusCounts(failures.map((status) => ({ status, body: null, ms: 0 }))), retries: buyers.reduce((n, b) => n + b.replies.length - 1, 0) })
      for (const { buyer, orders } of held) {
        expect(buyer.orderId, JSON.stringify(buyer.replies)).toBeTruthy()
        expect(orders, JSON.stringify(buyer.replies)).toEqual([buyer.orderId])
      }
      // An order the killed server had created but never confirmed is cancelled by the worker's
      // sweep (lib/orders/abandoned.ts); what stays live is exactly one order per buyer.
      const confirmed = new Set(buyers.map((b) => b.orderId))
      const unconfirmed = async () => (await ordersWith(cluster, variant, since)).filter((o) => !confirmed.has(o.id))
      const left = await unconfirmed()
      if (left.length) record("kill_server_unconfirmed_orders", await orderFacts(left.map((o) => o.id)))
      for (let i = 0; i < 60 && (await unconfirmed()).length; i++) await sleep(2000)
      expect(await orderFacts((await unconfirmed()).map((o) => o.id))).toEqual([])
      expect(await ordersWith(cluster, variant, since)).toHaveLength(buyers.length)
      // The start script brought the killed server back.
      await cluster.waitHealthy(cluster.servers[1])
      expect(cluster.pid("server-2")).not.toBe(before)
    }, settings.testTimeoutMs)

    it("Redis stopped for a few seconds: clear 503s meanwhile, then the same processes serve again", async () => {
      const v = await plentiful(ctx)
      const pids = [cluster.pid("server-1"), cluster.pid("server-2"), cluster.pid("worker")]
      const outage = settings.outageSeconds * 1000
      const replies = await trickle(ctx, v, settings.outageSeconds + 14, async () => {
        await sleep(2000)
        await cluster.stopRedis()
        await sleep(outage)
        await cluster.startRedis()
      })
      record("redis_outage", { seconds: settings.outageSeconds, answers: statusCounts(replies), latency_ms: latencyOf(replies) })
      // Twelve seconds outlast ioredis's retries: some answers must be refusals, with a sentence.
      expectCleanOutage(replies, 2000 + outage, { someRefused: true })
      expect([cluster.pid("server-1"), cluster.pid("server-2"), cluster.pid("worker")]).toEqual(pids)
      await expectSalesRetriedOnce(replies)
    }, settings.testTimeoutMs)

    it("PostgreSQL restarted: waits or clean 503s meanwhile, then the same processes serve again", async () => {
      const v = await plentiful(ctx)
      const pids = [cluster.pid("server-1"), cluster.pid("server-2"), cluster.pid("worker")]
      const down = 8000
      const replies = await trickle(ctx, v, 26, async () => {
        await sleep(2000)
        await cluster.stopPostgres()
        await sleep(down)
        await cluster.startPostgres()
      })
      record("postgres_restart", { answers: statusCounts(replies), latency_ms: latencyOf(replies) })
      // A pool of 20 often rides out the restart by waiting for a connection: no refusal at all is
      // as good as a clean one.
      expectCleanOutage(replies, 2000 + down + 2000, { someRefused: false })
      expect([cluster.pid("server-1"), cluster.pid("server-2"), cluster.pid("worker")]).toEqual(pids)
      await expectSalesRetriedOnce(replies)
    }, settings.testTimeoutMs)
  })
})

/** During an outage: a 2xx, or a 503 that says so in a sentence with a Retry-After; never a 500
 *  or a dropped connection. Everything asked well after the service came back succeeds. */
function expectCleanOutage(replies: Awaited<ReturnType<typeof trickle>>, backAtMs: number, { someRefused }: { someRefused: boolean }) {
  const why = JSON.stringify(statusCounts(replies))
  const unclean = replies.filter((r) => ![200, 201, 503].includes(r.status))
  expect(unclean.map((r) => ({ status: r.status, at: r.at, op: r.op, body: r.body })), why).toEqual([])
  const refused = replies.filter((r) => r.status === 503)
  if (someRefused) expect(refused.length, why).toBeGreaterThan(0)
  for (const r of refused) {
    expect(isSentence(r), JSON.stringify(r.body)).toBe(true)
    expect(r.retryAfter).toBeTruthy()
  }
  const after = replies.filter((r) => r.at > backAtMs + 8000)
  expect(after.length, why).toBeGreaterThan(0)
  expect(after.filter((r) => r.status >= 300).map((r) => ({ status: r.status, at: r.at, body: r.body })), why).toEqual([])
}

/**
 * A till sends a sale it was refused during the outage again, with backoff, until it is recorded
 * (a record the outage left half-written is cleared by the worker's sweep): once, with one order.
 */
async function expectSalesRetriedOnce(replies: Awaited<ReturnType<typeof trickle>>) {
  const refused = replies.filter((r) => r.op === "sale" && r.status === 503)
  for (const r of refused) {
    const till = ctx.tills[X]![r.server]!
    let again = await call(till.base, "/pos/sales", { token: till.token, body: r.sale })
    for (let i = 0; i < 60 && ![200, 201].includes(again.status); i++) {
      expect([409, 503], JSON.stringify(again.body)).toContain(again.status) // in progress, or not yet
      await sleep(2000)
      again = await call(till.base, "/pos/sales", { token: till.token, body: r.sale })
    }
    expect([200, 201], JSON.stringify(again.body)).toContain(again.status)
  }
  const ids = replies.filter((r) => r.op === "sale").map((r) => r.clientId)
  const rows = await cluster.sql<{ client_id: string; n: number }>("select client_id, count(*)::int as n from ocop_pos_sale where client_id = any($1) group by client_id", [ids])
  expect(rows.every((r) => r.n === 1)).toBe(true)
}

/** What is known of orders no buyer was told about: for the report, to tell a crash's leftovers. */
async function orderFacts(ids: string[]) {
  return cluster.sql(
    `select o.id, o.status, o.created_at, o.metadata, o.sales_channel_id,
            exists(select 1 from order_cart c where c.order_id = o.id) as has_cart,
            (select count(*)::int from reservation_item r join order_line_item li on li.id = r.line_item_id
              join order_item oi on oi.item_id = li.id where oi.order_id = o.id and r.deleted_at is null) as reservations
       from "order" o where o.id = any($1)`,
    [ids]
  )
}

function summarise(rounds: RoundResult[]) {
  return rounds.map((r) => ({ kind: r.kind, head_start: r.headStart, contenders: r.contenders, units: r.units, orders: r.orders, statuses: r.statuses, race_ms: Math.round(r.raceMs), stock: r.stock, samples: r.samples }))
}
