import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import cliProgress from "cli-progress"
import { reindexProducts } from "../lib/search/reindex"

/**
 * npm run search:reindex: rebuilds the catalogue search index with a progress bar. Safe while
 * the shop runs: searches keep reading the old index until the new one is complete.
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tty = Boolean(process.stdout.isTTY)
  const bar = new cliProgress.SingleBar(
    { format: " Tìm kiếm (search index) {bar} {percentage}% | {value}/{total} products", hideCursor: true },
    cliProgress.Presets.shades_classic
  )
  let started = false
  let lastLogged = -1
  const { products, seconds } = await reindexProducts(container, (done, total) => {
    if (tty) {
      if (!started) bar.start(total, 0)
      started = true
      bar.update(done)
      return
    }
    // No terminal (CI logs): a line per tenth instead of hundreds of redraws.
    const tenth = total ? Math.floor((done / total) * 10) : 10
    if (tenth !== lastLogged) {
      lastLogged = tenth
      logger.info(`[search] ${done}/${total} products indexed`)
    }
  })
  if (tty && started) bar.stop()
  logger.info(`Search index rebuilt: ${products} products read in ${seconds.toFixed(1)} s.`)
}
