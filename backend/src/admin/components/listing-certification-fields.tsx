import type { ReactNode } from "react"
import { Text } from "@medusajs/ui"
import { formatDate } from "../lib/format"
import { defaultExpiry, type CertificationErrors, type CertificationValues } from "../lib/listings"
import { ISSUING_LEVEL_LABELS, PRODUCT_GROUP_LABELS, optionsOf, starOptions } from "../lib/ocop-labels"
import { FieldRow, SelectField, TextField } from "./form-fields"

/** A form field with its validation message underneath. */
export function WithError({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      {children}
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}

type Props = {
  values: CertificationValues
  errors: CertificationErrors
  onChange: (key: keyof CertificationValues, value: string) => void
}

/**
 * The certificate as the admin reads it off the producer's uploaded file: stars, group, decision
 * number, issuing level and dates. 5★ is recognised nationally, so choosing it sets the level.
 */
export function ListingCertificationFields({ values, errors, onChange }: Props) {
  const bind = (key: keyof CertificationValues) => ({ value: values[key], onChange: (v: string) => onChange(key, v) })
  const onStarsChange = (value: string) => {
    onChange("stars", value)
    onChange("issuing_level", value === "5" ? "national" : "city")
  }
  const fallbackExpiry = defaultExpiry(values.issue_date)

  return (
    <>
      <FieldRow>
        <WithError error={errors.stars}>
          <SelectField label="Hạng sao (Stars)" required options={starOptions()} value={values.stars} onChange={onStarsChange} />
        </WithError>
        <WithError error={errors.group}>
          <SelectField label="Nhóm sản phẩm (Group)" required options={optionsOf(PRODUCT_GROUP_LABELS)} {...bind("group")} />
        </WithError>
      </FieldRow>
      <FieldRow>
        <WithError error={errors.decision_number}>
          <TextField label="Số quyết định (Decision no.)" required placeholder="717/QĐ-UBND" {...bind("decision_number")} />
        </WithError>
        <WithError error={errors.issuing_level}>
          <SelectField
            label="Cấp công nhận (Issuing level)"
            required
            options={optionsOf(ISSUING_LEVEL_LABELS).map((o) => ({ ...o, disabled: values.stars === "5" && o.value === "city" }))}
            {...bind("issuing_level")}
          />
        </WithError>
      </FieldRow>
      <FieldRow>
        <WithError error={errors.issue_date}>
          <TextField label="Ngày cấp (Issue date)" type="date" required {...bind("issue_date")} />
        </WithError>
        <WithError error={errors.expiry_date}>
          <TextField
            label="Ngày hết hạn (Expiry date)"
            type="date"
            hint={
              fallbackExpiry
                ? `Để trống = ${formatDate(fallbackExpiry)}, ngày cấp + 36 tháng (blank = issue + 36 months)`
                : "Để trống = ngày cấp + 36 tháng (blank = issue + 36 months)"
            }
            {...bind("expiry_date")}
          />
        </WithError>
      </FieldRow>
    </>
  )
}
