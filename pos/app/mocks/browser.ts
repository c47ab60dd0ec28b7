import { setupWorker } from "msw/browser"
import { posApi, posHandlers } from "../../test/mocks/pos-api"

const KEY = "ocop-pos-mock-state"

/** The POS API fake in the browser, for development; its state survives a reload (localStorage). */
export async function startMockApi() {
  const saved = localStorage.getItem(KEY)
  // A state saved by an older mock lacks the newer fields: the fresh ones fill them in.
  if (saved) posApi.state = { ...posApi.state, ...JSON.parse(saved) }
  posApi.onChange = () => localStorage.setItem(KEY, JSON.stringify(posApi.state))
  await setupWorker(...posHandlers).start({ onUnhandledRequest: "bypass", quiet: true, serviceWorker: { url: "/mockServiceWorker.js" } })
}
