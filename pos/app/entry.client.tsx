import { startTransition, StrictMode } from "react"
import { hydrateRoot } from "react-dom/client"
import { HydratedRouter } from "react-router/dom"

async function start() {
  // Development without a backend: msw answers the POS API in the browser (VITE_POS_MOCK=1).
  // import.meta.env.DEV is false in a build, so none of this ships.
  if (import.meta.env.DEV && import.meta.env.VITE_POS_MOCK === "1") {
    const { startMockApi } = await import("./mocks/browser")
    await startMockApi()
  }
  if (import.meta.env.PROD && "serviceWorker" in navigator) {
    // The app shell's cache (scripts/build-service-worker.mjs): a reload works with no network.
    navigator.serviceWorker.register("/sw.js").catch((e) => console.warn("Service worker not registered:", e))
  }
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    )
  })
}

void start()
