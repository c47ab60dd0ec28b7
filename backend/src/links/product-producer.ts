import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** Many products are made by one producer. */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  OcopModule.linkable.producer
)
