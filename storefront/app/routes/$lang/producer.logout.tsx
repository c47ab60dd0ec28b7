import { redirect } from "react-router"
import { endProducerSession, localeOf } from "../../lib/producer.server"
import type { Route } from "./+types/producer.logout"

/** Logging out is a POST (a link could be followed by a prefetch); it leaves a shopper's session alone. */
export async function action({ request, params }: Route.ActionArgs) {
  return endProducerSession(request, `/${localeOf(params.lang)}/producer/login`)
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${localeOf(params.lang)}/producer`)
}
