import { Module } from "@medusajs/framework/utils"
import ProducerDeliveryModuleService from "./service"

export const PRODUCER_DELIVERY_MODULE = "producer_delivery"

export default Module(PRODUCER_DELIVERY_MODULE, { service: ProducerDeliveryModuleService })
