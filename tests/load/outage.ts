import { sleep } from "./cluster"
import type { RaceContext } from "./race"
import { X } from "./race"
import { call, saleBody, sell, type Reply } from "./shop"

export type Timed = Reply & { at: number; op: "cart" | "sale"; server: number; clientId?: string; sale?: unknown }

/**
 * A steady trickle of writes that need the database and Redis (a new cart, a counter sale),
 * alternating between the servers every `everyMs`, for `seconds`; `during` runs alongside (it
 * stops and starts a service). Every answer is kept with when it was asked, relative to t0.
 */
export async function trickle(ctx: RaceContext, variant: { id: string; price: number }, seconds: number, during: (t0: number) => Promise<void>, everyMs = 300) {
  const t0 = Date.now()
  const replies: Promise<Timed>[] = []
  const fault = during(t0)
  for (let i = 0; Date.now() - t0 < seconds * 1000; i++) {
    const server = i % 2
    const at = Date.now() - t0
    if (i % 3 === 2) {
      const till = ctx.tills[X]![server]!
      const body = saleBody(till, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])
      replies.push(sell(till, body).then((r) => ({ ...r, at, op: "sale" as const, server, clientId: body.client_id, sale: body })))
    } else {
      replies.push(call(ctx.cluster.servers[server]!, "/store/carts", { key: ctx.cluster.key, body: { region_id: ctx.region } }).then((r) => ({ ...r, at, op: "cart" as const, server })))
    }
    await sleep(everyMs)
  }
  await fault
  return Promise.all(replies)
}

/** Counts of each status, for the report and for a readable failure. */
export function statusCounts(replies: Reply[]) {
  const counts: Record<string, number> = {}
  for (const r of replies) counts[r.status] = (counts[r.status] ?? 0) + 1
  return counts
}

export function latencyOf(replies: Reply[]) {
  const ms = replies.map((r) => r.ms).sort((a, b) => a - b)
  const at = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0)
  return { p50: at(0.5), p95: at(0.95), max: at(1) }
}
