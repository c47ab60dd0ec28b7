import type { MessageKey } from "../lib/i18n"
import { useT } from "../lib/use-t"

/**
 * "Please check: Email, Phone." for the fields a form's check named: the action's answer, or the
 * same schema run in the browser before sending (useFormCheck). Named in the order of `labels`,
 * which is the form's, not the schema's; a name without a label reads as the contact details.
 */
export function InvalidFields({ fields, labels, sentence = "account.check" }: { fields: readonly string[]; labels: Record<string, MessageKey>; sentence?: MessageKey }) {
  const t = useT()
  if (!fields.length) return null
  const order = Object.keys(labels)
  const place = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length)
  const named = [...fields].sort((a, b) => place(a) - place(b))
  return (
    <p role="alert" className="error">
      {t(sentence, { fields: named.map((f) => t(labels[f] ?? "checkout.contact")).join(", ") })}
    </p>
  )
}
