import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { buildProductDocuments, PRODUCT_DOCUMENT_FIELDS } from "../lib/search/product-documents"
import { isProductDeletion, PRODUCT_INDEX_EVENTS, productIdsOfEvent } from "../lib/search/product-events"
import { PRODUCT_INDEX, PRODUCT_INDEX_SETTINGS, productIndexFields } from "../lib/search/product-index-fields"
import { reportIndexedRows } from "../lib/search/reindex-progress"

/**
 * The catalogue's search index: one document per published product, kept fresh by Medusa's
 * search-ingestion subscriber from the events in PRODUCT_INDEX_EVENTS (product, variant, price,
 * stock, reservation and OCOP changes), and rebuilt in full by `npm run search:reindex`.
 */
export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields: productIndexFields,
  settings: PRODUCT_INDEX_SETTINGS,
  events: PRODUCT_INDEX_EVENTS,
  consume: graphConsume({
    fields: PRODUCT_DOCUMENT_FIELDS,
    resolve_ids: (event, { container }) => productIdsOfEvent(container.query as any, event),
    is_delete: isProductDeletion,
    transform: (rows, { container }) => buildProductDocuments(container.query as any, rows),
  }),
  seed: graphSeed({
    fields: PRODUCT_DOCUMENT_FIELDS,
    batch_size: 100,
    transform: async (rows, { container }) => {
      const documents = await buildProductDocuments(container.query as any, rows)
      reportIndexedRows(rows.length)
      return documents
    },
  }),
})
