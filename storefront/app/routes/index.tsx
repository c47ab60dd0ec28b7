import { redirect } from "react-router"
import { preferredLocale } from "../lib/locale"
import type { Route } from "./+types/index"

/** "/" sends each visitor to their language: an earlier choice, else Accept-Language, else Vietnamese. */
export function loader({ request }: Route.LoaderArgs) {
  const locale = preferredLocale(request.headers.get("cookie"), request.headers.get("accept-language"))
  return redirect(`/${locale}`, { headers: { vary: "Cookie, Accept-Language" } })
}
