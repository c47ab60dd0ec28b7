import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** The craft village a product comes from (usually its producer's, kept apart for
 *  producers that work with several villages). */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OcopModule.linkable.craftVillage
)
