import { Module } from "@medusajs/framework/utils"
import ProducerAccessModuleService from "./service"

export const PRODUCER_ACCESS_MODULE = "producer_access"

export default Module(PRODUCER_ACCESS_MODULE, { service: ProducerAccessModuleService })
