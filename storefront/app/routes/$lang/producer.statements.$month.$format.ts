import { data } from "react-router"
import { Month } from "../../lib/forms/producer-forms"
import { localeOf, producerFetch, refusalOf, requireProducer } from "../../lib/producer.server"
import type { Route } from "./+types/producer.statements.$month.$format"

const TYPES = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" } as const

/**
 * The statement as a file: the backend's answer streamed through with the producer's token
 * (the browser never holds it), named for the month.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const format = params.format as keyof typeof TYPES
  if (!(format in TYPES) || !Month.safeParse(params.month).success) throw data(null, { status: 404 })
  const token = await requireProducer(request, locale)
  let res: Response
  try {
    res = await producerFetch(request, locale, `/producer/statements/${params.month}`, { token, query: { format } })
  } catch (error) {
    const refused = refusalOf(error)
    return new Response(refused.message, { status: refused.status, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? TYPES[format],
      "content-disposition": `attachment; filename="ocop-statement-${params.month}.${format}"`,
      "cache-control": "private, no-store",
    },
  })
}
