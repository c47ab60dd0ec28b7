import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OcopModule from "../modules/ocop"

/** Each centre is one stock location: its inventory levels are the centre's stock. */
export default defineLink(OcopModule.linkable.centre, StockLocationModule.linkable.stockLocation)
