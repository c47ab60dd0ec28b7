import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** One OCOP certificate per product; deleting the product deletes its certificate. */
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.certification,
  deleteCascade: true,
})
