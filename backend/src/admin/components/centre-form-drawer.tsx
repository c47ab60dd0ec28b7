import { toast } from "@medusajs/ui"
import { toHandle } from "../../modules/ocop/lib/handle"
import { blankToNull, toNumberOrNull } from "../lib/format"
import { bankOptions, CENTRE_KIND_LABELS, optionsOf, starOptions } from "../lib/ocop-labels"
import type { Centre, CentreInput, CentreKind } from "../lib/ocop-types"
import { useOcopMutation } from "../lib/queries"
import { centresApi } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { FieldRow, SelectField, TextareaField, TextField } from "./form-fields"
import { FormDrawer } from "./form-drawer"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The centre to edit; none creates a new one. */
  centre?: Centre | null
}

const text = (v: string | number | null | undefined) => (v == null ? "" : String(v))
/** "10.000.000" or "10000000" → 10000000; blank or not a whole number → null. */
const wholeNumber = (v: string) => {
  const n = Number(v.replace(/[.\s]/g, ""))
  return v.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null
}

function initialValues(c?: Centre | null) {
  return {
    handle: text(c?.handle),
    name_vi: text(c?.name_vi),
    name_en: text(c?.name_en),
    kind: c?.kind ?? "design_sales_centre",
    commune: text(c?.commune),
    former_district: text(c?.former_district),
    // Every centre so far is in Hanoi, the city running this programme.
    province: c?.province ?? "Hà Nội",
    address: text(c?.address),
    latitude: text(c?.latitude),
    longitude: text(c?.longitude),
    opening_hours: text(c?.opening_hours),
    phone: text(c?.phone),
    stars: text(c?.stars),
    description_vi: text(c?.description_vi),
    description_en: text(c?.description_en),
    bank_bin: text(c?.bank_bin),
    bank_account_number: text(c?.bank_account_number),
    bank_account_name: text(c?.bank_account_name),
    pos_offline_max_sale_amount: text(c?.pos_offline_max_sale_amount ?? 10_000_000),
    pos_offline_max_queued_sales: text(c?.pos_offline_max_queued_sales ?? 300),
  }
}

/** Creates or edits a design-and-sales centre or a sales point. */
export function CentreFormDrawer({ open, onOpenChange, centre }: Props) {
  const { values, bind } = useFormValues(() => initialValues(centre), open)
  const close = () => onOpenChange(false)
  const save = useOcopMutation(
    (body: CentreInput) => (centre ? centresApi.update(centre.id, body) : centresApi.create(body)),
    { successMessage: centre ? "Đã lưu trung tâm (Centre saved)" : "Đã tạo trung tâm (Centre created)", onDone: close }
  )

  const onSubmit = () => {
    const latitude = toNumberOrNull(values.latitude)
    const longitude = toNumberOrNull(values.longitude)
    if (Number.isNaN(latitude) || Number.isNaN(longitude)) {
      toast.error("Vĩ độ / kinh độ phải là số, ví dụ 20.9766 (Latitude and longitude must be numbers)")
      return
    }
    const maxSale = wholeNumber(values.pos_offline_max_sale_amount)
    const maxQueued = wholeNumber(values.pos_offline_max_queued_sales)
    if (maxSale === null || maxQueued === null || maxQueued < 1) {
      toast.error("Giới hạn bán khi mất mạng phải là số nguyên, ví dụ 10000000 (Offline limits must be whole numbers)")
      return
    }
    save.mutate({
      // A blank handle is derived from the Vietnamese name, as the seed does: "Bát Tràng" → "bat-trang".
      handle: values.handle.trim() || toHandle(values.name_vi),
      name_vi: values.name_vi.trim(),
      name_en: values.name_en.trim(),
      kind: values.kind as CentreKind,
      commune: values.commune.trim(),
      former_district: blankToNull(values.former_district),
      province: values.province.trim() || "Hà Nội",
      address: values.address.trim(),
      latitude,
      longitude,
      opening_hours: blankToNull(values.opening_hours),
      phone: blankToNull(values.phone),
      stars: values.stars ? Number(values.stars) : null,
      description_vi: blankToNull(values.description_vi),
      description_en: blankToNull(values.description_en),
      bank_bin: blankToNull(values.bank_bin),
      bank_account_number: blankToNull(values.bank_account_number),
      bank_account_name: blankToNull(values.bank_account_name),
      pos_offline_max_sale_amount: maxSale,
      pos_offline_max_queued_sales: maxQueued,
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={centre ? "Sửa trung tâm (Edit centre)" : "Tạo trung tâm (Create centre)"}
      onSubmit={onSubmit}
      submitting={save.isPending}
    >
      {/* Full width: official centre names run past 100 characters. */}
      <TextField label="Tên (Name, vi)" required {...bind("name_vi")} />
      <TextField label="Name (en)" required {...bind("name_en")} />
      {/* Full width: "Trung tâm thiết kế & bán (Design and sales centre)" does not fit half a drawer. */}
      <SelectField label="Loại (Kind)" required options={optionsOf(CENTRE_KIND_LABELS)} {...bind("kind")} />
      <FieldRow>
        <TextField
          label="Handle"
          placeholder={toHandle(values.name_vi) || "bat-trang"}
          hint="Để trống = tạo từ tên (blank = from the name)"
          {...bind("handle")}
        />
        <SelectField
          label="Hạng sao trung tâm (Centre stars)"
          noneLabel="Chưa xếp hạng (Not rated)"
          hint="Điểm bán thường không xếp hạng (sales points are usually unrated)"
          options={starOptions()}
          {...bind("stars")}
        />
      </FieldRow>
      {/* Full width: addresses and opening hours run to 45 characters. */}
      <TextField label="Địa chỉ (Address)" required placeholder="Thôn 1, xã Bát Tràng, Hà Nội" {...bind("address")} />
      <FieldRow>
        <TextField label="Xã / phường (Commune)" required {...bind("commune")} />
        <TextField
          label="Huyện cũ (Former district)"
          hint="Huyện đã bỏ từ 7/2025 nhưng vẫn quen dùng (abolished July 2025, still used)"
          {...bind("former_district")}
        />
      </FieldRow>
      <FieldRow>
        <TextField label="Tỉnh / thành phố (Province)" required {...bind("province")} />
        <TextField label="Điện thoại (Phone)" type="tel" {...bind("phone")} />
      </FieldRow>
      <TextField
        label="Giờ mở cửa (Opening hours)"
        placeholder="08:00–17:30, thứ Hai – Chủ nhật"
        {...bind("opening_hours")}
      />
      <FieldRow>
        <TextField label="Vĩ độ (Latitude)" placeholder="20.9766" {...bind("latitude")} />
        <TextField label="Kinh độ (Longitude)" placeholder="105.9127" {...bind("longitude")} />
      </FieldRow>
      <TextareaField label="Mô tả (Description, vi)" {...bind("description_vi")} />
      <TextareaField label="Description (en)" {...bind("description_en")} />
      {/* VietQR codes for this centre's orders pay into this account; blank = the shop's default. */}
      <SelectField
        label="Ngân hàng nhận VietQR (VietQR receiving bank)"
        noneLabel="Tài khoản chung (Shop's default account)"
        options={bankOptions()}
        {...bind("bank_bin")}
      />
      <FieldRow>
        <TextField label="Số tài khoản (Account number)" placeholder="0451000123456" {...bind("bank_account_number")} />
        <TextField
          label="Chủ tài khoản (Account holder)"
          placeholder="TRUNG TAM OCOP BAT TRANG"
          hint="Chữ in hoa không dấu (capitals, no diacritics)"
          {...bind("bank_account_name")}
        />
      </FieldRow>
      {/* The till enforces these while it has no connection; the server refuses a larger offline sale too. */}
      <FieldRow>
        <TextField
          label="Bán mất mạng tối đa, ₫ (Offline sale limit, ₫)"
          type="number"
          step="1000"
          hint="Một hoá đơn khi quầy mất mạng (one sale made offline)"
          {...bind("pos_offline_max_sale_amount")}
        />
        <TextField
          label="Hoá đơn chờ gửi tối đa (Max unsent sales)"
          type="number"
          step="1"
          hint="Quầy ngừng bán khi đầy (the till stops selling when full)"
          {...bind("pos_offline_max_queued_sales")}
        />
      </FieldRow>
    </FormDrawer>
  )
}
