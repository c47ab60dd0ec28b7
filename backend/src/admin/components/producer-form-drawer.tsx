import { toast } from "@medusajs/ui"
import { toHandle } from "../../modules/ocop/lib/handle"
import { isValidTaxCode, normalizeTaxCode } from "../../modules/ocop/lib/tax-code"
import { blankToNull } from "../lib/format"
import { optionsOf, PRODUCER_TYPE_LABELS } from "../lib/ocop-labels"
import type { Producer, ProducerInput, ProducerType } from "../lib/ocop-types"
import { useOcopMutation, useVillages } from "../lib/queries"
import { producersApi } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { FieldRow, SelectField, TextareaField, TextField } from "./form-fields"
import { FormDrawer } from "./form-drawer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The producer to edit; none creates a new one. */
  producer?: Producer | null
}

function initialValues(p?: Producer | null) {
  return {
    handle: p?.handle ?? "",
    legal_name: p?.legal_name ?? "",
    type: p?.type ?? "cooperative",
    tax_code: p?.tax_code ?? "",
    village_id: p?.village_id ?? p?.village?.id ?? "",
    representative: p?.representative ?? "",
    phone: p?.phone ?? "",
    email: p?.email ?? "",
    story_vi: p?.story_vi ?? "",
    story_en: p?.story_en ?? "",
  }
}

/** Creates or edits a producer (chủ thể OCOP). */
export function ProducerFormDrawer({ open, onOpenChange, producer }: Props) {
  const { values, bind } = useFormValues(() => initialValues(producer), open)
  const villages = useVillages({ enabled: open }).data?.villages ?? []
  const close = () => onOpenChange(false)
  const save = useOcopMutation(
    (body: ProducerInput) => (producer ? producersApi.update(producer.id, body) : producersApi.create(body)),
    { successMessage: producer ? "Đã lưu chủ thể (Producer saved)" : "Đã tạo chủ thể (Producer created)", onDone: close }
  )

  const onSubmit = () => {
    // Same rule as the server, checked here so a typo does not cost a round trip.
    const taxCode = normalizeTaxCode(values.tax_code)
    if (!isValidTaxCode(taxCode)) {
      toast.error("Mã số thuế gồm 10 số, hoặc 10 số-3 số (Tax code: 10 digits, or 10 digits-3 digits)")
      return
    }
    save.mutate({
      handle: values.handle.trim() || toHandle(values.legal_name),
      legal_name: values.legal_name.trim(),
      type: values.type as ProducerType,
      tax_code: taxCode,
      village_id: values.village_id || null,
      representative: blankToNull(values.representative),
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      story_vi: blankToNull(values.story_vi),
      story_en: blankToNull(values.story_en),
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={producer ? "Sửa chủ thể (Edit producer)" : "Tạo chủ thể (Create producer)"}
      onSubmit={onSubmit}
      submitting={save.isPending}
    >
      <TextField label="Tên pháp lý (Legal name)" required placeholder="HTX Gốm sứ Bát Tràng" {...bind("legal_name")} />
      <FieldRow>
        <TextField
          label="Handle"
          placeholder={toHandle(values.legal_name) || "htx-gom-bat-trang"}
          hint="Để trống = tạo từ tên (blank = from the name)"
          {...bind("handle")}
        />
        <SelectField label="Loại hình (Type)" required options={optionsOf(PRODUCER_TYPE_LABELS)} {...bind("type")} />
      </FieldRow>
      <FieldRow>
        <TextField label="Mã số thuế (Tax code)" required placeholder="0101234567" {...bind("tax_code")} />
        <SelectField
          label="Làng nghề (Craft village)"
          noneLabel="— Không có (None) —"
          options={villages.map((v) => ({ value: v.id, label: `${v.name} · ${v.craft_vi}` }))}
          {...bind("village_id")}
        />
      </FieldRow>
      <FieldRow>
        <TextField label="Người đại diện (Representative)" {...bind("representative")} />
        <TextField label="Điện thoại (Phone)" type="tel" {...bind("phone")} />
      </FieldRow>
      <TextField label="Email" type="email" {...bind("email")} />
      <TextareaField label="Câu chuyện (Story, vi)" {...bind("story_vi")} />
      <TextareaField label="Story (en)" {...bind("story_en")} />
    </FormDrawer>
  )
}
