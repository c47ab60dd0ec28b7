import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react"
import { Navigate, Outlet, redirect, useLocation, useNavigate } from "react-router"
import { LockScreen } from "../components/lock-screen"
import { TillHeader } from "../components/till-header"
import { ApiError } from "../lib/api/client"
import type { CatalogueProduct, Me, Shift } from "../lib/api/types"
import { cartReducer, EMPTY_CART } from "../lib/cart-state"
import { createIdleTimer, idleMinutes } from "../lib/idle-timer"
import { firstFreeTillId } from "../lib/receipt-number"
import { tillServices } from "../lib/services"
import { adjustCachedStock, refreshCatalogue } from "../lib/catalogue-cache"
import { offlineLimits } from "../lib/offline-limits"
import { resumeReceiptSequence } from "../lib/outbox"
import { useLiveQuery } from "../lib/use-live-query"
import { TillContext, type Till } from "../lib/till-context"
import type { Route } from "./+types/till"

/**
 * Everything behind sign-in. The session (token, and the last /pos/me) is in IndexedDB, so a
 * reload keeps it; with no network the last answers are used, so a reload still opens the till.
 */
export async function clientLoader() {
  const { db, api, session } = tillServices()
  const token = await db.read("token")
  if (!token) throw redirect("/sign-in")
  session.token = token
  let me: Me | undefined = await db.read("me")
  try {
    me = await api.me()
    await db.write("me", me)
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      await db.forget("token")
      session.token = null
      throw redirect("/sign-in?expired=1")
    }
    // Unreachable or failing: a device that has signed in before opens with the last answer.
    if (!me) throw e
  }
  let tillId = await db.read("till_id")
  if (!tillId) {
    tillId = await firstFreeTillId(me.centre.handle, async (id) => (await api.currentShift(id)).shift !== null)
    await db.write("till_id", tillId)
  }
  let shift: Shift | null = (await db.read("shift")) ?? null
  try {
    const current = await api.currentShift(tillId)
    // A shift opened offline stays this till's until the queue has sent it (the backend cannot know it yet).
    if (!shift?.pending) {
      shift = current.shift
      await db.write("shift", shift)
    }
    await resumeReceiptSequence(db, tillId, current.last_receipt_number ?? null)
  } catch {
    // offline or failing: the shift this device last knew
  }
  const pins = (await db.read("pins")) ?? {}
  return {
    me,
    tillId,
    shift,
    hasPin: Boolean(pins[me.clerk.id]),
    locked: Boolean(await db.read("locked")) && Boolean(pins[me.clerk.id]),
    idleMinutes: idleMinutes(await db.read("idle_minutes")),
    cart: (await db.read("cart")) ?? EMPTY_CART,
    catalogue: (await db.read("catalogue"))?.products ?? [],
  }
}

// The layout's data changes through its own state (shift, cart, lock), not by loading again.
export function shouldRevalidate() {
  return false
}

const NEEDS_SHIFT = ["/sell", "/pay"]

export default function TillLayout({ loaderData }: Route.ComponentProps) {
  const services = tillServices()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [me] = useState(loaderData.me)
  const [tillId, setTillIdState] = useState(loaderData.tillId)
  const [shift, setShiftState] = useState<Shift | null>(loaderData.shift)
  const [hasPin, setHasPin] = useState(loaderData.hasPin)
  const [locked, setLocked] = useState(loaderData.locked)
  const [catalogue, setCatalogue] = useState<CatalogueProduct[]>(loaderData.catalogue)
  const [cart, dispatch] = useReducer(cartReducer, loaderData.cart)
  const [online, setOnline] = useState(() => !services.connectivity.offline)
  const idle = useLiveQuery(async () => idleMinutes(await services.db.read("idle_minutes")), [services], loaderData.idleMinutes)

  // The open cart survives a reload.
  const firstCart = useRef(true)
  useEffect(() => {
    if (firstCart.current) {
      firstCart.current = false
      return
    }
    void services.db.write("cart", cart)
  }, [cart, services])

  // Offline is the browser's word, or the last call not reaching the backend.
  useEffect(() => {
    const update = () => setOnline(!services.connectivity.offline)
    const off = services.connectivity.subscribe(update)
    window.addEventListener("online", update)
    window.addEventListener("offline", update)
    return () => {
      off()
      window.removeEventListener("online", update)
      window.removeEventListener("offline", update)
    }
  }, [services])

  // The catalogue and this centre's stock: the stored one at once; what changed since, from the
  // backend, on start, when the network comes back, every 5 minutes and after each sync.
  useEffect(() => {
    let stop = false
    const load = async () => {
      try {
        const fresh = await refreshCatalogue(services.db, services.api)
        if (!stop) setCatalogue(fresh.products)
      } catch {
        // offline: keep the stored one
      }
    }
    void load()
    const every = setInterval(load, 5 * 60_000)
    window.addEventListener("online", load)
    const off = services.queue.subscribe((s) => {
      if (!s.running && s.lastRunSynced > 0) void load()
    })
    return () => {
      stop = true
      clearInterval(every)
      window.removeEventListener("online", load)
      off()
    }
  }, [services])

  // Sales and returns go out as soon as they are recorded, and again whenever the network comes back.
  useEffect(() => {
    void services.queue.start()
    const up = () => void services.queue.kick()
    window.addEventListener("online", up)
    // A shift opened offline becomes the backend's once sent (sync-queue.ts writes it): take it up.
    const off = services.queue.subscribe((s) => {
      if (s.running) return
      void services.db.read("shift").then((stored) => setShiftState((now) => (now?.pending && stored && stored.id !== now.id ? stored : now)))
    })
    return () => {
      services.queue.stop()
      window.removeEventListener("online", up)
      off()
    }
  }, [services])

  const lock = useCallback(() => {
    if (!hasPin) return
    setLocked(true)
    void services.db.write("locked", true)
  }, [hasPin, services])

  // An idle till locks itself.
  useEffect(() => {
    if (locked || !hasPin) return
    const timer = createIdleTimer({ timeoutMs: idle * 60_000, onIdle: lock })
    const events = ["pointerdown", "keydown", "touchstart", "wheel"] as const
    events.forEach((e) => window.addEventListener(e, timer.poke, { passive: true }))
    return () => {
      timer.stop()
      events.forEach((e) => window.removeEventListener(e, timer.poke))
    }
  }, [locked, hasPin, lock, idle])

  const signOut = useCallback(async () => {
    services.queue.stop()
    await Promise.all(["token", "me", "shift", "locked"].map((k) => services.db.forget(k as "token")))
    services.session.token = null
    navigate("/sign-in", { replace: true })
  }, [navigate, services])

  const till = useMemo<Till>(
    () => ({
      services,
      me,
      tillId,
      setTillId: async (id) => {
        setTillIdState(id)
        await services.db.write("till_id", id)
        // An existing till set up on this device: go on from its last receipt number.
        const current = await services.api.currentShift(id).catch(() => null)
        if (current) await resumeReceiptSequence(services.db, id, current.last_receipt_number ?? null)
      },
      shift,
      setShift: async (s) => {
        setShiftState(s)
        await services.db.write("shift", s)
      },
      catalogue,
      adjustStock: (changes) => {
        void adjustCachedStock(services.db, changes).then((next) => next && setCatalogue(next.products))
      },
      cart,
      dispatch,
      hasPin,
      pinSet: () => setHasPin(true),
      lock,
      signOut,
      online,
      limits: offlineLimits(me),
    }),
    [services, me, tillId, shift, catalogue, cart, hasPin, lock, signOut, online],
  )

  let guard: string | null = null
  if (!hasPin && pathname !== "/pin") guard = "/pin"
  else if (hasPin && !shift && NEEDS_SHIFT.includes(pathname)) guard = "/shift/open"

  return (
    <TillContext.Provider value={till}>
      {locked ? (
        <LockScreen onUnlock={() => { setLocked(false); void services.db.write("locked", false) }} />
      ) : (
        <div className="till">
          <TillHeader />
          <main className="till-main" id="main">{guard ? <Navigate to={guard} replace /> : <Outlet />}</main>
        </div>
      )}
    </TillContext.Provider>
  )
}
