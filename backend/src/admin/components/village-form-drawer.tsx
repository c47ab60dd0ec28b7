import { toHandle } from "../../modules/ocop/lib/handle"
import { blankToNull } from "../lib/format"
import type { Village, VillageInput } from "../lib/ocop-types"
import { useOcopMutation } from "../lib/queries"
import { villagesApi } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { FieldRow, TextareaField, TextField } from "./form-fields"
import { FormDrawer } from "./form-drawer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The village to edit; none creates a new one. */
  village?: Village | null
}

function initialValues(v?: Village | null) {
  return {
    handle: v?.handle ?? "",
    name: v?.name ?? "",
    craft_vi: v?.craft_vi ?? "",
    craft_en: v?.craft_en ?? "",
    commune: v?.commune ?? "",
    former_district: v?.former_district ?? "",
    story_vi: v?.story_vi ?? "",
    story_en: v?.story_en ?? "",
  }
}

/** Creates or edits a craft village (làng nghề). */
export function VillageFormDrawer({ open, onOpenChange, village }: Props) {
  const { values, bind } = useFormValues(() => initialValues(village), open)
  const close = () => onOpenChange(false)
  const save = useOcopMutation(
    (body: VillageInput) => (village ? villagesApi.update(village.id, body) : villagesApi.create(body)),
    { successMessage: village ? "Đã lưu làng nghề (Village saved)" : "Đã tạo làng nghề (Village created)", onDone: close }
  )

  const onSubmit = () =>
    save.mutate({
      handle: values.handle.trim() || toHandle(values.name),
      name: values.name.trim(),
      craft_vi: values.craft_vi.trim(),
      craft_en: values.craft_en.trim(),
      commune: values.commune.trim(),
      former_district: blankToNull(values.former_district),
      story_vi: blankToNull(values.story_vi),
      story_en: blankToNull(values.story_en),
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={village ? "Sửa làng nghề (Edit village)" : "Tạo làng nghề (Create village)"}
      onSubmit={onSubmit}
      submitting={save.isPending}
    >
      <FieldRow>
        <TextField label="Tên làng (Name)" required placeholder="Bát Tràng" {...bind("name")} />
        <TextField
          label="Handle"
          placeholder={toHandle(values.name) || "bat-trang"}
          hint="Để trống = tạo từ tên (blank = from the name)"
          {...bind("handle")}
        />
      </FieldRow>
      <FieldRow>
        <TextField label="Nghề (Craft, vi)" required placeholder="Gốm sứ" {...bind("craft_vi")} />
        <TextField label="Craft (en)" required placeholder="Ceramics" {...bind("craft_en")} />
      </FieldRow>
      <FieldRow>
        <TextField label="Xã / phường (Commune)" required {...bind("commune")} />
        <TextField label="Huyện cũ (Former district)" placeholder="Gia Lâm" {...bind("former_district")} />
      </FieldRow>
      <TextareaField label="Câu chuyện (Story, vi)" {...bind("story_vi")} />
      <TextareaField label="Story (en)" {...bind("story_en")} />
    </FormDrawer>
  )
}
