import Medusa from "@medusajs/js-sdk"
import type {
  Centre,
  CentreInput,
  CertificationFilter,
  CertificationListItem,
  DeleteResponse,
  PosConflict,
  PosConflictFilter,
  Producer,
  ProducerInput,
  ProductOcop,
  ProductOcopInput,
  Village,
  VillageInput,
} from "./ocop-types"

// Vite replaces import.meta.env when it bundles the admin.
const backendUrl: string | undefined = import.meta.env?.VITE_BACKEND_URL

// The admin runs on the backend's origin and is logged in with a session cookie.
export const sdk = new Medusa({
  baseUrl: backendUrl || "/",
  debug: false,
  auth: { type: "session" },
})

/** Non-2xx answers reject with the SDK's FetchError, whose message is the API's `message`. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Đã có lỗi (Something went wrong)"
}

const get = <T>(path: string, query?: Record<string, unknown>) =>
  sdk.client.fetch<T>(path, { method: "GET", query })
const post = <T>(path: string, body: object) =>
  sdk.client.fetch<T>(path, { method: "POST", body })
const remove = (path: string) => sdk.client.fetch<DeleteResponse>(path, { method: "DELETE" })

const id_ = (id: string) => encodeURIComponent(id)

export const centresApi = {
  list: () => get<{ centres: Centre[] }>("/admin/ocop/centres"),
  retrieve: (id: string) => get<{ centre: Centre }>(`/admin/ocop/centres/${id_(id)}`),
  create: (body: CentreInput) => post<{ centre: Centre }>("/admin/ocop/centres", body),
  update: (id: string, body: Partial<CentreInput>) =>
    post<{ centre: Centre }>(`/admin/ocop/centres/${id_(id)}`, body),
  delete: (id: string) => remove(`/admin/ocop/centres/${id_(id)}`),
}

export const villagesApi = {
  list: () => get<{ villages: Village[] }>("/admin/ocop/villages"),
  retrieve: (id: string) => get<{ village: Village }>(`/admin/ocop/villages/${id_(id)}`),
  create: (body: VillageInput) => post<{ village: Village }>("/admin/ocop/villages", body),
  update: (id: string, body: Partial<VillageInput>) =>
    post<{ village: Village }>(`/admin/ocop/villages/${id_(id)}`, body),
  delete: (id: string) => remove(`/admin/ocop/villages/${id_(id)}`),
}

export const producersApi = {
  list: () => get<{ producers: Producer[] }>("/admin/ocop/producers"),
  retrieve: (id: string) => get<{ producer: Producer }>(`/admin/ocop/producers/${id_(id)}`),
  create: (body: ProducerInput) => post<{ producer: Producer }>("/admin/ocop/producers", body),
  update: (id: string, body: Partial<ProducerInput>) =>
    post<{ producer: Producer }>(`/admin/ocop/producers/${id_(id)}`, body),
  delete: (id: string) => remove(`/admin/ocop/producers/${id_(id)}`),
}

export const productOcopApi = {
  retrieve: (productId: string) =>
    get<{ product_ocop: ProductOcop }>(`/admin/ocop/products/${id_(productId)}`),
  update: (productId: string, body: ProductOcopInput) =>
    post<{ product_ocop: ProductOcop }>(`/admin/ocop/products/${id_(productId)}`, body),
}

export const certificationsApi = {
  /** No filter lists every certificate. */
  list: (status?: CertificationFilter) =>
    get<{ certifications: CertificationListItem[] }>(
      "/admin/ocop/certifications",
      status ? { status } : undefined
    ),
}

export const posConflictsApi = {
  list: (status: PosConflictFilter) => get<{ conflicts: PosConflict[]; count: number }>("/admin/ocop/pos-conflicts", { status }),
  resolve: (saleId: string, note: string) =>
    post<{ conflict: PosConflict }>(`/admin/ocop/pos-conflicts/${id_(saleId)}/resolve`, { note }),
}
