import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import OcopModule from "../modules/ocop"

/** The centre's counter sales channel (the POS sells through it). */
export default defineLink(OcopModule.linkable.centre, SalesChannelModule.linkable.salesChannel)
