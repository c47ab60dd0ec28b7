import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { toast } from "@medusajs/ui"
import {
  centresApi,
  certificationsApi,
  errorMessage,
  posConflictsApi,
  producersApi,
  productOcopApi,
  villagesApi,
} from "./sdk"
import type { CertificationFilter, PosConflictFilter } from "./ocop-types"

/**
 * React Query hooks over the OCOP admin API. The dashboard already provides the QueryClient
 * (the same @tanstack/react-query version is deduped into the admin bundle), so extensions share
 * its cache and invalidating a key refreshes every widget and page that shows it.
 */
export const ocopKeys = {
  all: ["ocop"] as const,
  centres: ["ocop", "centres"] as const,
  villages: ["ocop", "villages"] as const,
  producers: ["ocop", "producers"] as const,
  productOcop: (productId: string) => ["ocop", "product", productId] as const,
  certifications: (status: CertificationFilter | "all") => ["ocop", "certifications", status] as const,
  posConflicts: (status: PosConflictFilter) => ["ocop", "pos-conflicts", status] as const,
}

/**
 * The dashboard's own key for a product (its queryKeysFactory("products"): ["products", "detail",
 * id, …]). Setting a certificate can change the product itself: a renewal puts a withdrawn
 * product back to published, which the product page's status badge must show.
 */
export const dashboardProductKey = (productId: string) => ["products", "detail", productId] as const

export const useCentres = () =>
  useQuery({ queryKey: ocopKeys.centres, queryFn: centresApi.list })

/** `enabled: false` defers the load, e.g. until the drawer holding the select opens. */
export const useVillages = ({ enabled = true } = {}) =>
  useQuery({ queryKey: ocopKeys.villages, queryFn: villagesApi.list, enabled })

export const useProducers = ({ enabled = true } = {}) =>
  useQuery({ queryKey: ocopKeys.producers, queryFn: producersApi.list, enabled })

export const useProductOcop = (productId: string) =>
  useQuery({
    queryKey: ocopKeys.productOcop(productId),
    queryFn: () => productOcopApi.retrieve(productId),
  })

export const useCertifications = (status: CertificationFilter | "all") =>
  useQuery({
    queryKey: ocopKeys.certifications(status),
    queryFn: () => certificationsApi.list(status === "all" ? undefined : status),
  })

export const usePosConflicts = (status: PosConflictFilter) =>
  useQuery({ queryKey: ocopKeys.posConflicts(status), queryFn: () => posConflictsApi.list(status) })

/**
 * A write that, on success, shows `successMessage`, refreshes every OCOP query (a producer's
 * new village or a removed certificate shows up on several screens) and calls `onDone`.
 * On failure it shows the API's message and leaves the form open for a fix.
 */
export function useOcopMutation<TVars, TResult>(
  mutationFn: (vars: TVars) => Promise<TResult>,
  options: {
    successMessage: string
    onDone?: (result: TResult) => void
    /** Dashboard queries the write also changes, e.g. a product's status. */
    alsoInvalidate?: QueryKey[]
  }
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      toast.success(options.successMessage)
      await Promise.all(
        [ocopKeys.all, ...(options.alsoInvalidate ?? [])].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey })
        )
      )
      options.onDone?.(result)
    },
    onError: (error) => {
      toast.error(errorMessage(error))
    },
  })
}
