/** A labelled input; marked invalid (and announced) when the action named this field. */
export function Field({
  name,
  label,
  invalid,
  hint,
  ...input
}: { name: string; label: string; invalid?: boolean; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `${name}-hint` : undefined
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} aria-invalid={invalid || undefined} aria-describedby={hintId} {...input} />
      {hint && <small id={hintId} className="muted">{hint}</small>}
    </label>
  )
}
