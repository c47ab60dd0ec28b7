import { createApi, type Api } from "./api/client"
import { createConnectivity, type Connectivity } from "./connectivity"
import { PosDb } from "./db"
import { storedLocale } from "./i18n"
import { createSyncQueue, type SyncQueue } from "./sync-queue"

/**
 * The till's one database, API client, sync queue and view of the connection, made on first use
 * in the browser (never while the build prerenders the shell). The token is read from IndexedDB
 * by the till layout's loader and kept here for every request.
 */
export type Services = { db: PosDb; api: Api; queue: SyncQueue; session: { token: string | null }; connectivity: Connectivity }

let services: Services | null = null

export function tillServices(): Services {
  if (services) return services
  const db = new PosDb()
  const session = { token: null as string | null }
  const connectivity = createConnectivity()
  const api = createApi({ token: () => session.token, locale: storedLocale, reached: connectivity.reached })
  services = { db, api, session, connectivity, queue: createSyncQueue({ db, api }) }
  return services
}
