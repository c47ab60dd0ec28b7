/**
 * Events about OCOP data. The module's own records emit Medusa's generated ones
 * (`ocop.centre.updated`, `ocop.producer.updated`, ...); this one is raised by the
 * set-product-ocop workflow, because changing a product's producer, village or certificate
 * goes through links, which emit nothing.
 */
export const PRODUCT_OCOP_UPDATED = "ocop.product.updated"
