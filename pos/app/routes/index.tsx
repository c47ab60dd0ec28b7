import { redirect } from "react-router"

// The till opens on the sell screen; its layout sends a signed-out device to /sign-in.
export function clientLoader() {
  return redirect("/sell")
}

export default function Index() {
  return null
}
