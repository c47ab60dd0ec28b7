import { sleep, type LoadCluster } from "./cluster"
import { call, cartReadyToPay, completeCart, inBatches, ok, openTill, saleBody, sell, signIn, type Line, type Till } from "./shop"
import { inventoryItemOf, ordersWith, setAvailable, stockOf, type StockCheck } from "./stock"

/** Two centres with a clerk each, whose counters sell some of the same pieces. */
export const X = "bat-trang"
export const Y = "pho-co-ha-noi"

type Variant = { id: string; price: number }

export async function prepareRace(cluster: LoadCluster) {
  const [s1, s2] = cluster.servers
  const admin = await signIn(s1, "admin@ocop.test")
  const { regions } = await ok(call(s1, "/store/regions", { key: cluster.key }), "regions")
  const region = regions.find((r: any) => r.name === "Việt Nam").id as string
  const { centres } = await ok(call(s1, "/admin/ocop/centres", { token: admin }), "centres")
  const location = (h: string) => centres.find((c: any) => c.handle === h).stock_location_id as string
  // One till per centre on each server: counter sales reach both instances.
  const tills: Record<string, [Till, Till]> = {
    [X]: [await openTill(s1, X, "LOAD-X1"), await openTill(s2, X, "LOAD-X2")],
    [Y]: [await openTill(s1, Y, "LOAD-Y1"), await openTill(s2, Y, "LOAD-Y2")],
  }
  const catalogue = async (t: Till) =>
    (await ok(call(t.base, "/pos/catalogue", { token: t.token }), "catalogue")).products.flatMap((p: any) =>
      p.variants.filter((v: any) => v.price > 0).map((v: any) => ({ id: v.id, price: v.price }))
    ) as Variant[]
  const atX = await catalogue(tills[X]![0])
  const atY = new Set((await catalogue(tills[Y]![0])).map((v) => v.id))
  const seedProduct = (await ok(call(s1, `/admin/product-variants?id=${atX[0]!.id}&fields=product.id`, { token: admin }), "variant")).variants[0].product.id
  const template = (await ok(call(s1, `/admin/products/${seedProduct}?fields=sales_channels.id,shipping_profile.id`, { token: admin }), "product")).product
  return {
    cluster,
    admin,
    region,
    location,
    tills,
    template,
    /** Each round races for a piece no earlier round touched, so settling one never moves another's stock. */
    single: atX.filter((v) => !atY.has(v.id)),
    shared: atX.filter((v) => atY.has(v.id)),
    bundles: 0,
  }
}

export type RaceContext = Awaited<ReturnType<typeof prepareRace>>

/** A new product whose two variants draw on one inventory item: a bundle sold as two lines. */
async function bundleProduct(ctx: RaceContext) {
  const [s1] = ctx.cluster.servers
  const n = ++ctx.bundles
  const { inventory_item } = await ok(call(s1, "/admin/inventory-items", { token: ctx.admin, body: { sku: `LOAD-BUNDLE-${Date.now()}-${n}`, title: `Bộ ấm chén ${n}` } }), "item")
  const kinds = ["Đơn", "Hộp quà"]
  const { product } = await ok(
    call(s1, "/admin/products?fields=variants.id,variants.title", {
      token: ctx.admin,
      body: {
        title: `Bộ ấm chén Bát Tràng ${n} (thử tải)`,
        status: "published",
        shipping_profile_id: ctx.template.shipping_profile.id,
        sales_channels: ctx.template.sales_channels.map((s: any) => ({ id: s.id })),
        options: [{ title: "Kiểu", values: kinds }],
        variants: kinds.map((k, i) => ({
          title: k,
          options: { Kiểu: k },
          prices: [{ currency_code: "vnd", amount: 200_000 + i * 50_000 }],
          manage_inventory: true,
          inventory_items: [{ inventory_item_id: inventory_item.id, required_quantity: 1 }],
        })),
      },
    }),
    "bundle product"
  )
  const variants = kinds.map((k, i) => ({ id: product.variants.find((v: any) => v.title === k).id as string, price: 200_000 + i * 50_000 }))
  return { item: inventory_item.id as string, variants }
}

export type RaceKind = "single" | "bundle" | "multi-centre"

export type RoundResult = {
  kind: RaceKind
  headStart: HeadStart
  contenders: number
  units: number
  winners: number
  orders: number
  statuses: Record<string, number>
  /** The first answer of each status, to read what a refused buyer was told. */
  samples: Record<string, unknown>
  stock: StockCheck[]
  raceMs: number
}

/**
 * One race: `contenders` buyers at once for `units` pieces, every fourth a counter sale and the
 * rest web carts (pick-up and delivery), alternating between the two servers.
 */
/**
 * Who races: everyone released together ("none"), or web carts only ("web-only"). A counter sale
 * is quicker than a web checkout and, released together, usually takes the piece (holding counter
 * sales back 1.5 s did not change that: the first full run's "web" rounds); "web-only" makes
 * Medusa's own completions race each other for it.
 */
export type HeadStart = "none" | "web-only"

export async function raceRound(ctx: RaceContext, kind: RaceKind, contenders: number, headStart: HeadStart = "none"): Promise<RoundResult> {
  const { cluster } = ctx
  let lines: Variant[]
  let item: string
  let free: Record<string, number>
  if (kind === "bundle") {
    const bundle = await bundleProduct(ctx)
    lines = bundle.variants
    item = bundle.item
    free = { [ctx.location(X)]: 2 } // both lines together need two of the one item
  } else {
    const v = (kind === "single" ? ctx.single : ctx.shared).shift()
    if (!v) throw new Error(`No unused ${kind} variant left for another round`)
    lines = [v]
    item = await inventoryItemOf(cluster, v.id)
    free = kind === "single" ? { [ctx.location(X)]: 1 } : { [ctx.location(X)]: 1, [ctx.location(Y)]: 1 }
  }
  await setAvailable(cluster.servers[0], ctx.admin, item, free)
  const cartLines: Line[] = lines.map((l) => ({ variant_id: l.id, quantity: 1 }))
  const centres = kind === "multi-centre" ? [X, Y] : [X]

  // Prepare every buyer first (carts at the payment step, sale bodies), then release them together.
  const buyers = await inBatches(Array.from({ length: contenders }, (_, i) => i), 12, async (i) => {
    const server = i % 2
    const centre = centres[Math.floor(i / 4) % centres.length]!
    if (i % 4 === 0 && headStart !== "web-only") {
      const till = ctx.tills[centre]![server]!
      const body = saleBody(till, lines.map((l) => ({ variant_id: l.id, quantity: 1, unit_price: l.price })))
      return () => sell(till, body)
    }
    const base = cluster.servers[server]!
    const pickup = i % 4 === 1 ? centre : undefined
    const cart = await cartReadyToPay(base, cluster.key, ctx.region, cartLines, pickup)
    return () => completeCart(base, cluster.key, cart)
  })
  const since = new Date(Date.now() - 1000)
  const t0 = performance.now()
  // Released in a shuffled order, so counter sales and web carts each get to go first.
  const order = buyers.map((go, i) => ({ go, i, r: Math.random() })).sort((a, b) => a.r - b.r)
  const replies: Awaited<ReturnType<(typeof buyers)[number]>>[] = new Array(buyers.length)
  await Promise.all(order.map(async ({ go, i }) => (replies[i] = await go())))
  const raceMs = performance.now() - t0
  const statuses: Record<string, number> = {}
  const samples: Record<string, unknown> = {}
  for (const r of replies) {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1
    samples[r.status] ??= r.orderId ? { order_id: r.orderId } : { code: r.body?.code, message: r.body?.message }
  }
  // A counter sale is paid and handed over by the worker just after its answer; Medusa's hand-over
  // lowers the stock before it drops the reservation, so read the levels once that is done.
  for (const won of replies.filter((r) => r.orderId && r.status === 201)) await settledOrder(cluster, won.orderId!)
  return {
    kind,
    headStart,
    contenders,
    units: Object.values(free).reduce((a, b) => a + b, 0) / lines.length,
    winners: replies.filter((r) => r.orderId).length,
    orders: (await ordersWith(cluster, lines[0]!.id, since)).length,
    statuses,
    samples,
    stock: await stockOf(cluster, item),
    raceMs,
  }
}

/** A piece no round raced for, with plenty of stock at X: for tests about faults, not scarcity. */
export async function plentiful(ctx: RaceContext) {
  const v = ctx.single.shift()
  if (!v) throw new Error("No unused variant left")
  await setAvailable(ctx.cluster.servers[0], ctx.admin, await inventoryItemOf(ctx.cluster, v.id), { [ctx.location(X)]: 100_000 })
  return v
}

/** Waits until the counter sale of an order is settled (paid and handed over), up to a minute. */
async function settledOrder(cluster: LoadCluster, orderId: string) {
  for (let i = 0; i < 120; i++) {
    const [sale] = await cluster.sql<{ settled_at: Date | null }>("select settled_at from ocop_pos_sale where order_id = $1", [orderId])
    if (sale?.settled_at) return
    await sleep(500)
  }
  throw new Error(`Counter sale of ${orderId} not settled within a minute`)
}
