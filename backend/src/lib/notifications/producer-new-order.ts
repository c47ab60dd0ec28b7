import type { MedusaContainer } from "@medusajs/framework/types"
import { newOrderEmail } from "./producer-messages"
import { notifyProducer, producersOfProducts } from "./producer-notify"

export type SoldGoods = {
  channel: "web" | "counter"
  /** The order (web) or the pos_sale (counter): one notice per producer per sale. */
  sale_id: string
  reference: string
  centre: string | null
  lines: { product_id: string; title: string; quantity: number; total: number }[]
}

/** Tells each producer whose goods are in a new sale about their lines only (never the others'). */
export async function notifyProducersOfSale(container: MedusaContainer, sale: SoldGoods) {
  const byProducer = await producersOfProducts(container, sale.lines.map((l) => l.product_id))
  for (const [producerId, products] of byProducer) {
    const lines = sale.lines.filter((l) => products.has(l.product_id))
    await notifyProducer(container, producerId, {
      template: "producer-new-order",
      key: `producer-new-order:${producerId}:${sale.sale_id}`,
      email: newOrderEmail({ channel: sale.channel, reference: sale.reference, centre: sale.centre, lines }),
      resource_id: sale.sale_id,
      resource_type: sale.channel === "web" ? "order" : "pos_sale",
      data: { channel: sale.channel, reference: sale.reference },
    })
  }
}
