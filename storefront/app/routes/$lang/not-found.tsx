import { data } from "react-router"

/** Any unknown path under a language: the layout's error page says so, in that language. */
export function loader() {
  throw data(null, { status: 404 })
}

export default function NotFound() {
  return null
}
