/**
 * Whether the till is offline: the browser says so (navigator.onLine false), or the last call
 * to the backend did not reach it (the network is up but the backend or its link is down).
 * A sale recorded then is marked `offline: true`, and the centre's offline limits apply.
 */
export function createConnectivity(online: () => boolean = () => globalThis.navigator?.onLine ?? true) {
  let reachable = true
  const listeners = new Set<() => void>()
  return {
    /** The API client's report after every call. */
    reached(ok: boolean) {
      if (ok === reachable) return
      reachable = ok
      listeners.forEach((l) => l())
    },
    get offline() {
      return !online() || !reachable
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

export type Connectivity = ReturnType<typeof createConnectivity>
