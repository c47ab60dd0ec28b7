import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Catalogue } from "../data"
import type { Progress } from "../progress"
import { runWorkflow } from "../workflows"

/** Centres (with their stock locations and counter channels), villages and producers, through
 *  the backend's OCOP workflows. Existing handles are left as they are. Returns handle -> id maps. */
export async function seedOcopRecords(container: MedusaContainer, data: Catalogue, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = async (entity: string, extra: string[] = []) =>
    (await query.graph({ entity, fields: ["id", "handle", ...extra] })).data as any[]

  progress.stage("Làng nghề (craft villages)")
  const haveVillages = new Set((await existing("craft_village")).map((v) => v.handle))
  const newVillages = data.villages.filter((v) => !haveVillages.has(v.handle))
  if (newVillages.length) await runWorkflow(container, "create-ocop-records", { entity: "craft_village", data: newVillages })
  progress.tick(data.villages.length)
  const villages = new Map((await existing("craft_village")).map((v) => [v.handle, v.id as string]))

  progress.stage("Chủ thể (producers)")
  const haveProducers = new Set((await existing("producer")).map((p) => p.handle))
  const newProducers = data.producers
    .filter((p) => !haveProducers.has(p.handle))
    .map(({ village, ...p }) => ({ ...p, village_id: villages.get(village) ?? null }))
  if (newProducers.length) await runWorkflow(container, "create-ocop-records", { entity: "producer", data: newProducers })
  progress.tick(data.producers.length)
  const producers = new Map((await existing("producer")).map((p) => [p.handle, p.id as string]))

  progress.stage("Trung tâm (centres)")
  const haveCentres = new Set((await existing("centre")).map((c) => c.handle))
  for (const { villages: _shown, ...centre } of data.centres.filter((c) => !haveCentres.has(c.handle))) {
    await runWorkflow(container, "create-centres", { centres: [centre] })
    progress.tick()
  }
  progress.tick(data.centres.filter((c) => haveCentres.has(c.handle)).length)
  await ensureWebChannels(container)
  const centres = new Map(
    (await existing("centre", ["kind", "name_vi", "name_en", "stock_location.id", "sales_channel.id"])).map((c) => [c.handle, c])
  )
  return { villages, producers, centres }
}

/** Centres made before each centre had a web channel get theirs (backend lib/checkout/web-channel.ts). */
async function ensureWebChannels(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: centres } = await query.graph({ entity: "centre", fields: ["handle", "name_vi", "name_en", "stock_location.id"] })
  const locationIds = centres.map((c: any) => c.stock_location?.id).filter(Boolean)
  if (!locationIds.length) return
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "sales_channels.metadata"], filters: { id: locationIds } })
  const hasWeb = new Set(locations.filter((l: any) => (l.sales_channels ?? []).some((c: any) => c?.metadata?.kind === "web")).map((l: any) => l.id))
  const missing = centres
    .filter((c: any) => c.stock_location?.id && !hasWeb.has(c.stock_location.id))
    .map((c: any) => ({ handle: c.handle, name_vi: c.name_vi, name_en: c.name_en, location_id: c.stock_location.id }))
  if (missing.length) await runWorkflow(container, "ocop-ensure-centre-web-channels", { centres: missing })
}
