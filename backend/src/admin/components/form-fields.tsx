import { useId, type ReactNode } from "react"
import { Input, Label, Select, Text, Textarea } from "@medusajs/ui"

/** Controlled, string-valued form fields: every form keeps its values as text and converts on submit. */

type FieldProps = {
  label: string
  hint?: string
  required?: boolean
}

function Field({ label, hint, required, id, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {required ? " *" : ""}
      </Label>
      {children}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )
}

type TextFieldProps = FieldProps & {
  value: string
  onChange: (value: string) => void
  type?: "text" | "date" | "email" | "tel" | "number"
  placeholder?: string
  step?: string
}

/**
 * Medusa's Input paints every `:invalid` field red, so a new form opened with all its required
 * fields red before anything was typed. Hold that back until the browser counts the field as
 * `:user-invalid` (left empty after editing, or a submit was tried); the more specific selector
 * wins over Medusa's. Browsers without `:user-invalid` drop the rule and keep Medusa's look.
 */
const QUIET_UNTIL_TOUCHED =
  "[&:invalid:not(:user-invalid)]:!shadow-borders-base " +
  "[&:invalid:not(:user-invalid):focus-visible]:!shadow-borders-interactive-with-active"

export function TextField({ value, onChange, type = "text", placeholder, step, ...field }: TextFieldProps) {
  const id = useId()
  return (
    <Field id={id} {...field}>
      <Input
        id={id}
        type={type}
        step={step}
        value={value}
        placeholder={placeholder}
        required={field.required}
        className={QUIET_UNTIL_TOUCHED}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  )
}

export function TextareaField({ value, onChange, placeholder, ...field }: Omit<TextFieldProps, "type" | "step">) {
  const id = useId()
  return (
    <Field id={id} {...field}>
      <Textarea id={id} value={value} placeholder={placeholder} rows={4} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

// Radix Select forbids "" as an item value, so "nothing chosen" travels as this sentinel.
const NONE = "__none__"

type SelectFieldProps = FieldProps & {
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string; disabled?: boolean }[]
  /** When set, the list starts with this choice, which maps to "". */
  noneLabel?: string
  placeholder?: string
}

export function SelectField({ value, onChange, options, noneLabel, placeholder, ...field }: SelectFieldProps) {
  const id = useId()
  return (
    <Field id={id} {...field}>
      <Select
        value={value === "" && noneLabel ? NONE : value}
        onValueChange={(v) => onChange(v === NONE ? "" : v)}
      >
        {/* A button centres and wraps its text; a long label such as the centre kind broke onto
            two centred lines in the 32 px trigger. Keep it on one left-aligned line. */}
        <Select.Trigger id={id} className="text-left">
          <Select.Value className="truncate" placeholder={placeholder ?? "Chọn… (Choose)"} />
        </Select.Trigger>
        <Select.Content>
          {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}

/** Two fields side by side, for pairs such as vi/en or latitude/longitude. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="grid grid-cols-1 gap-4 md:grid-cols-2">{children}</div>
}
