import { Module } from "@medusajs/framework/utils"
import ProducerListingModuleService from "./service"

export const PRODUCER_LISTING_MODULE = "producer_listing"

export default Module(PRODUCER_LISTING_MODULE, { service: ProducerListingModuleService })
