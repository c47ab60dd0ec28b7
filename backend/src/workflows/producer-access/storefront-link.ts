/**
 * A link into the storefront's producer area for an e-mail. OCOP_STOREFRONT_URL is the producer
 * contract's name; STOREFRONT_URL is what the start script and the shoppers' e-mails already use,
 * so either works and a demo needs neither.
 */
export function producerAreaLink(path: string, params: Record<string, string>, lang: "vi" | "en" = "vi"): string {
  const base =
    process.env.OCOP_STOREFRONT_URL ||
    process.env.STOREFRONT_URL ||
    `http://localhost:${process.env.OCOP_STOREFRONT_PORT || 3000}`
  return `${base.replace(/\/$/, "")}/${lang}/producer/${path}?${new URLSearchParams(params)}`
}
