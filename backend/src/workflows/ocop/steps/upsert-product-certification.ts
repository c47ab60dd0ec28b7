import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { certificationStatus, defaultExpiryDate } from "../../../modules/ocop/lib/certification-dates"
import type { CertificationInput } from "../types"

export const upsertProductCertificationStepId = "upsert-product-certification"

type Stored = Record<string, any> & { id: string }
type Undo =
  | { kind: "created"; id: string; product_id: string }
  | { kind: "updated"; previous: Stored }
  | { kind: "deleted"; id: string; product_id: string }

const FIELDS = ["stars", "group", "decision_number", "issuing_level", "issue_date", "expiry_date", "withdrawn_at"]

/**
 * Creates, replaces or (with null) deletes a product's certificate. A renewal that makes a
 * withdrawn product's certificate valid again reports `republish`, so the workflow can put the
 * product back on sale.
 */
export const upsertProductCertificationStep = createStep(
  upsertProductCertificationStepId,
  async (input: { product_id: string; certification?: Partial<CertificationInput> | null }, { container }) => {
    if (input.certification === undefined) return new StepResponse({ republish: false }, undefined as Undo | undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", ...FIELDS.map((f) => `certification.${f}`), "certification.id"],
      filters: { id: input.product_id },
    })
    const existing: Stored | undefined = (data[0] as any)?.certification ?? undefined
    const linkDef = (id: string) => ({
      [Modules.PRODUCT]: { product_id: input.product_id },
      [OCOP_MODULE]: { certification_id: id },
    })

    if (input.certification === null) {
      if (!existing) return new StepResponse({ republish: false }, undefined as Undo | undefined)
      await link.dismiss(linkDef(existing.id))
      await service.softDeleteCertifications([existing.id])
      return new StepResponse({ republish: false }, { kind: "deleted", id: existing.id, product_id: input.product_id } as Undo)
    }

    const change = withExpiry(input.certification, existing)
    if (!existing) {
      const created = await service.createCertifications(change as any)
      await link.create(linkDef(created.id))
      return new StepResponse({ republish: false }, { kind: "created", id: created.id, product_id: input.product_id } as Undo)
    }
    const stillValid = certificationStatus(new Date(change.expiry_date ?? existing.expiry_date)) !== "expired"
    const republish = Boolean(existing.withdrawn_at) && stillValid
    await service.updateCertifications({ id: existing.id, ...change, ...(republish ? { withdrawn_at: null } : {}) } as any)
    return new StepResponse({ republish }, { kind: "updated", previous: pick(existing) } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.kind === "updated") {
      await service.updateCertifications(undo.previous as any)
      return
    }
    const def = { [Modules.PRODUCT]: { product_id: undo.product_id }, [OCOP_MODULE]: { certification_id: undo.id } }
    if (undo.kind === "created") {
      await link.dismiss(def)
      await service.deleteCertifications([undo.id])
    } else {
      await service.restoreCertifications([undo.id])
      await link.create(def)
    }
  }
)

/** A new issue date without an expiry date means the standard 36 months from it. */
function withExpiry(c: Partial<CertificationInput>, existing?: Stored): Partial<CertificationInput> & { expiry_date?: Date } {
  const out: Record<string, unknown> = { ...c }
  if (c.issue_date) out.issue_date = new Date(c.issue_date)
  if (c.expiry_date) out.expiry_date = new Date(c.expiry_date)
  else if (c.issue_date && (!existing || c.expiry_date === null || c.expiry_date === undefined)) {
    out.expiry_date = defaultExpiryDate(new Date(c.issue_date))
  }
  return out as Partial<CertificationInput> & { expiry_date?: Date }
}

function pick(s: Stored): Stored {
  return Object.fromEntries([["id", s.id], ...FIELDS.map((f) => [f, s[f] ?? null])]) as Stored
}
