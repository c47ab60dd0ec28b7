/** A posted form as the schemas read it: strings, the last of a repeated field winning. */
export function formObject(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
}
