import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadCatalogue } from "./data"
import { createProgress } from "./progress"
import { seedStore } from "./steps/store"
import { seedOcopRecords } from "./steps/ocop-records"
import { seedFulfillment } from "./steps/fulfillment"
import { seedProducts } from "./steps/products"
import { seedAccounts } from "./steps/accounts"
import { runWorkflow } from "./workflows"
import { pauseSearchIngestion, rebuildSearchIndex } from "./steps/search-index"

/**
 * Loads the Hanoi OCOP demo catalogue through Medusa workflows. Run by `npm run seed` (and by the
 * first `npm start` on an empty database). Every part skips what already exists, so running it
 * again changes nothing; `npm run seed -- --reset` empties the database first (scripts/seed.mjs).
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const data = loadCatalogue()
  const total = data.villages.length + data.producers.length + data.centres.length + data.products.length + 4
  const progress = createProgress(total)

  pauseSearchIngestion(container)
  progress.stage("Cửa hàng, khu vực (store, regions)")
  const store = await seedStore(container, data.regions)
  progress.tick()

  const ids = await seedOcopRecords(container, data, progress)

  progress.stage("Vận chuyển, nhận tại trung tâm (shipping, pick-up)")
  const { shippingProfileId } = await seedFulfillment(container, data.regions, store.regions, ids.centres)
  progress.tick()

  await seedProducts(container, data.products, { ...ids, onlineChannelId: store.onlineChannelId, shippingProfileId }, progress)

  progress.stage("Tài khoản demo (demo accounts)")
  await seedAccounts(container, data.accounts, ids.producers)
  progress.tick()

  // Products whose certificate has already expired go off sale, exactly as the nightly job does.
  const expiry = await runWorkflow(container, "withdraw-expired-products", {})

  progress.stage("Chỉ mục tìm kiếm (search index)")
  await rebuildSearchIndex(container)
  progress.tick()
  progress.stop()
  logger.info(
    `Seed finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ${data.centres.length} centres, ` +
      `${data.villages.length} villages, ${data.producers.length} producers, ${data.products.length} products; ` +
      `${expiry.withdrawn.length} withdrawn (expired certificate), ${expiry.expiring.length} expiring within 90 days.`
  )
  logger.info(`Publishable API key: ${store.publishableKey}`)
}
