import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Regions } from "../data"

/** Medusa's built-in tax provider. */
const TAX_PROVIDER = "tp_system"

const ONLINE_CHANNEL = "Cửa hàng trực tuyến (Online store)"

/**
 * The store in VND (USD beside it), the online sales channel as the store's default, a
 * publishable key for the storefront and POS, and the Vietnam and international regions.
 * Each part is created only if missing.
 */
export async function seedStore(container: MedusaContainer, regions: Regions) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  let online = channels.find((c: any) => c.name === ONLINE_CHANNEL || c.name === "Default Sales Channel")
  if (!online) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: ONLINE_CHANNEL, description: "The tourist web shop" }] },
    })
    online = result[0]
  } else if (online.name !== ONLINE_CHANNEL) {
    const sc = container.resolve(Modules.SALES_CHANNEL)
    await sc.updateSalesChannels(online.id, { name: ONLINE_CHANNEL, description: "The tourist web shop" })
  }

  let { data: stores } = await query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code"] })
  if (!stores.length) {
    await createStoresWorkflow(container).run({ input: { stores: [{ name: "OCOP Hà Nội", supported_currencies: [{ currency_code: "vnd", is_default: true }] }] } })
    ;({ data: stores } = await query.graph({ entity: "store", fields: ["id", "supported_currencies.currency_code"] }))
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        name: "OCOP Hà Nội",
        default_sales_channel_id: online.id,
        supported_currencies: [
          { currency_code: "vnd", is_default: true },
          { currency_code: "usd" },
        ],
      },
    },
  })

  const { data: keys } = await query.graph({ entity: "api_key", fields: ["id", "token", "type"], filters: { type: "publishable" } })
  let key = keys[0]
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Storefront & POS", type: "publishable", created_by: "seed" }] },
    })
    key = result[0]
  }
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [online.id] } })

  // Each region offers the providers this server runs (Stripe only with its keys), in the
  // order regions.json lists them; a start with new keys brings Stripe into the regions.
  const { data: running } = await query.graph({ entity: "payment_provider", fields: ["id"], filters: { is_enabled: true } })
  const offered = (wanted: string[]) => wanted.filter((id) => running.some((p: any) => p.id === id))

  const { data: existingRegions } = await query.graph({
    entity: "region",
    fields: ["id", "name", "currency_code", "payment_providers.id"],
  })
  const missing = regions.regions.filter((r) => !existingRegions.some((e: any) => e.name === r.name))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          payment_providers: offered(r.payment_providers),
          automatic_taxes: true,
        })),
      },
    })
  }
  // Every country a region sells to needs a tax region with a provider, or adding to a cart
  // fails ("Unable to retrieve the tax provider with id: null"). Medusa's system provider
  // applies the rates set in the admin; prices here are VAT-inclusive, so none is seeded.
  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["id", "country_code", "provider_id"] })
  const countries = regions.regions.flatMap((r) => r.countries).filter((c) => !taxRegions.some((t: any) => t.country_code === c))
  if (countries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: countries.map((country_code) => ({ country_code, provider_id: TAX_PROVIDER })),
    })
  }
  const withoutProvider = taxRegions.filter((t: any) => !t.provider_id)
  if (withoutProvider.length) {
    await updateTaxRegionsWorkflow(container).run({
      input: withoutProvider.map((t: any) => ({ id: t.id, provider_id: TAX_PROVIDER })),
    })
  }
  for (const region of existingRegions as any[]) {
    const wanted = regions.regions.find((r) => r.name === region.name)
    if (!wanted) continue
    const want = offered(wanted.payment_providers)
    const have = (region.payment_providers ?? []).map((p: any) => p.id)
    if (want.length !== have.length || want.some((id) => !have.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: want } },
      })
    }
  }
  const { data: allRegions } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"] })
  return { onlineChannelId: online.id as string, publishableKey: key.token as string, regions: allRegions as any[] }
}
