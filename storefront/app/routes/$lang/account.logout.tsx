import { redirect } from "react-router"
import { endSession } from "../../lib/customer.server"
import { isLocale } from "../../lib/locale"
import type { Route } from "./+types/account.logout"

/** Logging out is a POST (a link could be followed by a prefetch or a crawler). */
export async function action({ request, params }: Route.ActionArgs) {
  return endSession(request, `/${isLocale(params.lang) ? params.lang : "vi"}`)
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${isLocale(params.lang) ? params.lang : "vi"}/account`)
}
