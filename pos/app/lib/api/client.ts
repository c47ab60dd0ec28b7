import type { BatchResult, CatalogueAnswer, ConflictRow, Customer, DayReport, Delivery, Me, OpenShiftBody, ReturnBody, Sale, SaleBody, SaleReturn, SearchHit, Shift, ShiftReport } from "./types"

export type Locale = "vi" | "en"

/** The backend answered, and said no: its status, `code` and, when it has one, the clerk's `sentence`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly sentence: string | null,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message)
    this.name = "ApiError"
  }
}

/** The backend could not be reached at all (offline, DNS, a dropped connection). */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super("The backend could not be reached.")
    this.name = "NetworkError"
  }
}

export type ApiOptions = {
  /** "" in the browser: the till calls relative URLs on its own origin (the proxy forwards them). */
  baseUrl?: string
  token?: () => string | null
  locale?: () => Locale
  fetch?: typeof fetch
  /** Told after every call whether the backend was reached (the till's "offline" is either). */
  reached?: (reachable: boolean) => void
}

type RequestOptions = { body?: unknown; query?: Record<string, string | number | undefined>; headers?: Record<string, string>; auth?: boolean }

export function createApi(options: ApiOptions = {}) {
  const base = options.baseUrl ?? ""
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args))

  async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v))
    // Every refusal's sentence comes in the clerk's language (Medusa's own log-in has none).
    if (!path.startsWith("/auth/")) params.set("locale", options.locale?.() ?? "vi")
    const headers: Record<string, string> = { accept: "application/json", ...opts.headers }
    const token = opts.auth === false ? null : options.token?.()
    if (token) headers.authorization = `Bearer ${token}`
    if (opts.body !== undefined) headers["content-type"] = "application/json"
    let res: Response
    try {
      const query = params.size > 0 ? `?${params}` : ""
      res = await doFetch(`${base}${path}${query}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
    } catch (e) {
      options.reached?.(false)
      throw new NetworkError(e)
    }
    // The till's own proxy answers 502 or 504 when the backend behind it is down.
    options.reached?.(!PROXY_DOWN.includes(res.status))
    if (!res.ok) throw await errorOf(res)
    return res
  }

  async function json<T>(method: string, path: string, opts?: RequestOptions): Promise<T> {
    return (await (await send(method, path, opts)).json()) as T
  }

  return {
    /** Medusa's own log-in for users: the bearer token every /pos route needs. */
    signIn: (email: string, password: string) => json<{ token: string }>("POST", "/auth/user/emailpass", { body: { email, password }, auth: false }),
    me: () => json<Me>("GET", "/pos/me"),
    /** Everything, or (with `since`, the `at` of the last answer) what changed since. */
    catalogue: (since?: string) => json<CatalogueAnswer>("GET", "/pos/catalogue", { query: { since } }),
    currentShift: (tillId: string) => json<{ shift: Shift | null; last_receipt_number: string | null }>("GET", "/pos/shifts/current", { query: { till_id: tillId } }),
    openShift: (body: OpenShiftBody) => json<{ shift: Shift }>("POST", "/pos/shifts", { body }),
    closeShift: (id: string, counted: Record<string, number>) => json<{ shift: Shift; report: ShiftReport }>("POST", `/pos/shifts/${encodeURIComponent(id)}/close`, { body: { counted } }),
    shiftReport: (id: string) => json<{ report: ShiftReport }>("GET", `/pos/shifts/${encodeURIComponent(id)}/report`),
    /** 201 the first time, 200 for the same client_id again: both are the one sale. */
    createSale: (body: SaleBody) => json<{ sale: Sale }>("POST", "/pos/sales", { body }),
    /** Up to 20 sales in order, one outcome each; 404 from a backend that predates it. */
    createSales: (sales: SaleBody[]) => json<{ results: BatchResult[] }>("POST", "/pos/sales/batch", { body: { sales } }),
    findSales: (query: { receipt?: string; q?: string; from?: string; to?: string; limit?: number; offset?: number }) =>
      json<{ sales: Sale[]; count: number }>("GET", "/pos/sales", { query }),
    sale: (id: string) => json<{ sale: Sale }>("GET", `/pos/sales/${encodeURIComponent(id)}`),
    /** `ref`: the sale's id, or (for a sale taken offline) its client_id. */
    createReturn: (ref: string, body: ReturnBody) => json<{ return: SaleReturn; sale: Sale }>("POST", `/pos/sales/${encodeURIComponent(ref)}/returns`, { body }),
    conflicts: (status: "open" | "resolved" = "open") => json<{ conflicts: ConflictRow[] }>("GET", "/pos/conflicts", { query: { status } }),
    resolveConflict: (saleId: string, note: string) => json<unknown>("POST", `/pos/conflicts/${encodeURIComponent(saleId)}/resolve`, { body: { note } }),
    /** Goods producers proposed for this centre, waiting to be received. */
    deliveries: () => json<{ deliveries: Delivery[] }>("GET", "/pos/deliveries"),
    /** `lines`: only the counts that differ from what was proposed; a second receipt is 409 delivery_not_proposed. */
    receiveDelivery: (id: string, lines?: { variant_id: string; received_quantity: number }[]) =>
      json<{ delivery: Delivery }>("POST", `/pos/deliveries/${encodeURIComponent(id)}/receive`, { body: lines?.length ? { lines } : {} }),
    customers: (q: string) => json<{ customers: Customer[] }>("GET", "/pos/customers", { query: { q } }),
    createCustomer: (body: { first_name: string; last_name: string; phone?: string; email?: string }) => json<{ customer: Customer }>("POST", "/pos/customers", { body }),
    dayReport: (date: string) => json<DayReport>("GET", "/pos/reports/day", { query: { date } }),
    dayReportCsv: async (date: string) => (await send("GET", "/pos/reports/day", { query: { date, format: "csv" }, headers: { accept: "text/csv" } })).text(),
    /** The catalogue search, with the centre's own publishable key (its counter channel). */
    search: (q: string, opts: { publishableKey?: string | null; centre: string; limit?: number }) =>
      json<{ hits: SearchHit[]; count: number }>("GET", "/store/ocop/search", {
        query: { q, centre: opts.centre, limit: opts.limit ?? 20 },
        headers: opts.publishableKey ? { "x-publishable-api-key": opts.publishableKey } : {},
        auth: false,
      }),
  }
}

export type Api = ReturnType<typeof createApi>

const PROXY_DOWN = [502, 504]

async function errorOf(res: Response): Promise<ApiError> {
  let body: any = null
  try {
    body = await res.json()
  } catch {
    // not JSON: a proxy's error page, say
  }
  return new ApiError(res.status, typeof body?.code === "string" ? body.code : null, typeof body?.sentence === "string" ? body.sentence : null, String(body?.message ?? res.statusText), body)
}

/** Worth sending again later: the backend did not decide (unreachable, overloaded, still writing). */
export function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true
  if (!(error instanceof ApiError)) return false
  return error.status >= 500 || error.status === 408 || error.status === 429 || error.code === "in_progress"
}
