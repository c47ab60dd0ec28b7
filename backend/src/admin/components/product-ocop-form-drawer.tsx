import { Button, Heading, toast, usePrompt } from "@medusajs/ui"
import { defaultExpiryDate } from "../../modules/ocop/lib/certification-dates"
import { formatDate, toDateInput } from "../lib/format"
import {
  ISSUING_LEVEL_LABELS,
  PRODUCT_GROUP_LABELS,
  optionsOf,
  starOptions,
} from "../lib/ocop-labels"
import type { IssuingLevel, ProductGroup, ProductOcop, ProductOcopInput } from "../lib/ocop-types"
import { dashboardProductKey, useOcopMutation, useProducers, useVillages } from "../lib/queries"
import { productOcopApi } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { FieldRow, SelectField, TextField } from "./form-fields"
import { FormDrawer } from "./form-drawer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  productId: string
  current: ProductOcop
}

/** "YYYY-MM-DD" of issue + 36 months: the expiry the server sets when none is given. */
function defaultExpiryFor(issueDate: string): string {
  const issue = new Date(issueDate)
  return Number.isNaN(issue.getTime()) ? "" : defaultExpiryDate(issue).toISOString().slice(0, 10)
}

function initialValues({ producer, village, certification: c }: ProductOcop) {
  const issue = toDateInput(c?.issue_date)
  const expiry = toDateInput(c?.expiry_date)
  return {
    producer_id: producer?.id ?? "",
    village_id: village?.id ?? "",
    stars: c ? String(c.stars) : "",
    group: c?.group ?? "",
    decision_number: c?.decision_number ?? "",
    issuing_level: c?.issuing_level ?? "city",
    issue_date: issue,
    // A standard 36-month expiry starts blank, so changing the issue date on renewal moves it too.
    expiry_date: expiry && expiry === defaultExpiryFor(issue) ? "" : expiry,
  }
}

/** Edits a product's producer, craft village and OCOP certificate, or removes the certificate. */
export function ProductOcopFormDrawer({ open, onOpenChange, productId, current }: Props) {
  const { values, set, bind } = useFormValues(() => initialValues(current), open)
  const producers = useProducers({ enabled: open }).data?.producers ?? []
  const villages = useVillages({ enabled: open }).data?.villages ?? []
  const prompt = usePrompt()
  const close = () => onOpenChange(false)

  const alsoInvalidate = [dashboardProductKey(productId)]
  const save = useOcopMutation((body: ProductOcopInput) => productOcopApi.update(productId, body), {
    successMessage: "Đã lưu thông tin OCOP (OCOP details saved)",
    onDone: close,
    alsoInvalidate,
  })
  const removeCertificate = useOcopMutation(
    () => productOcopApi.update(productId, { certification: null }),
    { successMessage: "Đã gỡ chứng nhận (Certificate removed)", onDone: close, alsoInvalidate }
  )

  // 5★ is recognised nationally, 3★ and 4★ by the city; the server rejects a 5★ city certificate.
  const onStarsChange = (value: string) => {
    set("stars", value)
    set("issuing_level", value === "5" ? "national" : "city")
  }

  // A producer belongs to a village; fill it in when staff have not chosen one.
  const onProducerChange = (producerId: string) => {
    set("producer_id", producerId)
    const producer = producers.find((p) => p.id === producerId)
    if (!values.village_id && producer?.village_id) set("village_id", producer.village_id)
  }

  const onSubmit = () => {
    const body: ProductOcopInput = {
      producer_id: values.producer_id || null,
      village_id: values.village_id || null,
    }
    const certificateTouched =
      current.certification || values.stars || values.group || values.decision_number.trim() || values.issue_date
    if (certificateTouched) {
      if (!values.stars || !values.group || !values.decision_number.trim() || !values.issue_date) {
        toast.error(
          "Chứng nhận cần hạng sao, nhóm, số quyết định và ngày cấp (Stars, group, decision number and issue date are required)"
        )
        return
      }
      body.certification = {
        stars: Number(values.stars),
        group: values.group as ProductGroup,
        decision_number: values.decision_number.trim(),
        issuing_level: values.issuing_level as IssuingLevel,
        issue_date: values.issue_date,
        expiry_date: values.expiry_date || null,
      }
    }
    save.mutate(body)
  }

  const onRemove = async () => {
    const confirmed = await prompt({
      title: "Gỡ chứng nhận OCOP? (Remove certificate?)",
      description: `Quyết định ${current.certification?.decision_number ?? ""} sẽ bị xoá khỏi sản phẩm. (The certificate is deleted from this product.)`,
      confirmText: "Gỡ (Remove)",
      cancelText: "Huỷ (Cancel)",
    })
    if (confirmed) removeCertificate.mutate(undefined)
  }

  const defaultExpiry = values.issue_date ? defaultExpiryFor(values.issue_date) : ""
  const busy = save.isPending || removeCertificate.isPending

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Sửa thông tin OCOP (Edit OCOP details)"
      onSubmit={onSubmit}
      submitting={busy}
      footerStart={
        current.certification && (
          <Button type="button" variant="danger" size="small" onClick={onRemove} disabled={busy}>
            Gỡ chứng nhận (Remove certificate)
          </Button>
        )
      }
    >
      <SelectField
        label="Chủ thể (Producer)"
        noneLabel="— Không có (None) —"
        options={producers.map((p) => ({ value: p.id, label: p.legal_name }))}
        value={values.producer_id}
        onChange={onProducerChange}
      />
      <SelectField
        label="Làng nghề (Craft village)"
        noneLabel="— Không có (None) —"
        options={villages.map((v) => ({ value: v.id, label: `${v.name} · ${v.craft_vi}` }))}
        {...bind("village_id")}
      />
      <Heading level="h3" className="pt-2">
        Giấy chứng nhận (Certificate)
      </Heading>
      <FieldRow>
        <SelectField label="Hạng sao (Stars)" options={starOptions()} value={values.stars} onChange={onStarsChange} />
        <SelectField label="Nhóm sản phẩm (Group)" options={optionsOf(PRODUCT_GROUP_LABELS)} {...bind("group")} />
      </FieldRow>
      <FieldRow>
        <TextField label="Số quyết định (Decision no.)" placeholder="717/QĐ-SCT" {...bind("decision_number")} />
        <SelectField
          label="Cấp công nhận (Issuing level)"
          options={optionsOf(ISSUING_LEVEL_LABELS).map((o) => ({
            ...o,
            disabled: values.stars === "5" && o.value === "city",
          }))}
          {...bind("issuing_level")}
        />
      </FieldRow>
      <FieldRow>
        <TextField label="Ngày cấp (Issue date)" type="date" {...bind("issue_date")} />
        <TextField
          label="Ngày hết hạn (Expiry date)"
          type="date"
          hint={
            defaultExpiry
              ? `Để trống = ${formatDate(defaultExpiry)}, ngày cấp + 36 tháng (blank = issue + 36 months)`
              : "Để trống = ngày cấp + 36 tháng (blank = issue + 36 months)"
          }
          {...bind("expiry_date")}
        />
      </FieldRow>
    </FormDrawer>
  )
}
