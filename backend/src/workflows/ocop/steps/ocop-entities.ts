import OcopModuleService from "../../../modules/ocop/service"

/** The four records of the OCOP module, and the service methods MedusaService generates for each. */
export type OcopEntity = "centre" | "craft_village" | "producer" | "certification"

const PLURAL: Record<OcopEntity, string> = {
  centre: "Centres",
  craft_village: "CraftVillages",
  producer: "Producers",
  certification: "Certifications",
}

type AnyRecord = Record<string, unknown> & { id: string }
type Method = (...args: unknown[]) => Promise<unknown>

/** Calls e.g. `createCentres` for "centre". Keeps one set of generic steps instead of sixteen. */
export function call(
  service: OcopModuleService,
  verb: "list" | "create" | "update" | "softDelete" | "restore" | "delete",
  entity: OcopEntity,
  ...args: unknown[]
): Promise<AnyRecord[]> {
  const fn = (service as unknown as Record<string, Method>)[`${verb}${PLURAL[entity]}`]
  if (!fn) throw new Error(`The OCOP module has no ${verb}${PLURAL[entity]}`)
  return fn.apply(service, args) as Promise<AnyRecord[]>
}

export const ENTITY_LABEL: Record<OcopEntity, string> = {
  centre: "centre",
  craft_village: "craft village",
  producer: "producer",
  certification: "certification",
}
