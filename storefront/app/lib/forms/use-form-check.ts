import { useEffect, useRef, useState, type FormEvent } from "react"
import type { z } from "zod/mini"
import { formObject } from "./form-object"

export type Schema = z.ZodMiniType

export type FormCheck = {
  /** What the action would answer: the issues' messages (field names, in most schemas), once each. */
  fields: string[]
  /** The form controls the issues are about: where the focus goes. */
  controls: string[]
}

const unique = (values: string[]) => [...new Set(values)].filter(Boolean)

/** The form's schema run on what the browser would post, as the action runs it on what arrives. */
export function checkForm(schema: Schema, form: FormData): FormCheck {
  const parsed = schema.safeParse(formObject(form))
  if (parsed.success) return { fields: [], controls: [] }
  return {
    fields: unique(parsed.error.issues.map((issue) => issue.message)),
    controls: unique(parsed.error.issues.map((issue) => String(issue.path[0] ?? ""))),
  }
}

type Control = { name?: string; type?: string; disabled?: boolean }

/** The first control, in the form's order, that a check named and a shopper can reach. */
export function firstNamed<T extends Control>(controls: Iterable<T>, names: readonly string[]): T | undefined {
  for (const control of controls) {
    if (control.name && names.includes(control.name) && control.type !== "hidden" && !control.disabled) return control
  }
  return undefined
}

/**
 * Checks a form with its action's schema before React Router sends it. On a failure the form is
 * not sent, `fields` is what the action would have answered, and the first wrong control gets the
 * focus; otherwise `fields` is the action's answer (`answered`). Without JavaScript none of this
 * runs: the browser checks the input attributes and the action answers, as before.
 *
 * The schema comes as `() => import(...)`: zod is fetched when the shopper first touches the
 * form, not with the page (the product page's 100 KB budget, decision 16). A submit that comes
 * before it waits for it, then goes again.
 */
export function useFormCheck(loadSchema: () => Promise<Schema>, answered: readonly string[] | undefined) {
  // The browser's finding from the last submit it stopped; null once a submit went ahead.
  const [found, setFound] = useState<FormCheck | null>(null)
  const [hydrated, setHydrated] = useState(false)
  const schema = useRef<Schema | "unavailable" | null>(null)
  const loading = useRef<Promise<void> | null>(null)
  const waiting = useRef(false)
  const focusIn = useRef<HTMLFormElement | null>(null)
  useEffect(() => setHydrated(true), [])
  useEffect(() => {
    const form = focusIn.current
    focusIn.current = null
    if (form && found) (firstNamed(form.elements as Iterable<HTMLInputElement>, found.controls) as HTMLElement | undefined)?.focus()
  }, [found])

  function load() {
    // Offline, say: the check is skipped and the action checks, as without JavaScript.
    loading.current ??= loadSchema().then(
      (s) => void (schema.current = s),
      () => void (schema.current = "unavailable"),
    )
    return loading.current
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    // Without requestSubmit (Safari before 16) a submit cannot wait for the check: the action checks.
    if (schema.current === "unavailable" || (!schema.current && typeof form.requestSubmit !== "function")) return
    if (!schema.current) {
      event.preventDefault()
      if (waiting.current) return
      waiting.current = true
      const submitter = (event.nativeEvent as SubmitEvent).submitter
      void load().then(() => {
        waiting.current = false
        form.requestSubmit(submitter)
      })
      return
    }
    const check = checkForm(schema.current, new FormData(form))
    if (!check.fields.length) return setFound(null)
    event.preventDefault()
    focusIn.current = form
    setFound(check)
  }

  return {
    fields: found ? found.fields : [...(answered ?? [])],
    /** Spread on the <Form>. */
    form: {
      onSubmit,
      onFocus: () => void load(),
      onPointerDown: () => void load(),
      // Once hydrated the schema is the one check, so the shopper reads the page's own sentence
      // rather than the browser's bubble; before that, or without JavaScript, the browser checks.
      noValidate: hydrated,
    },
  }
}
