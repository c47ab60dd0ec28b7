import type { FormEvent, ReactNode } from "react"
import { Button, Drawer } from "@medusajs/ui"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  onSubmit: () => void
  submitting: boolean
  /** Extra footer actions on the left, such as "Remove certificate". */
  footerStart?: ReactNode
  children: ReactNode
}

/**
 * The drawer every OCOP form uses. Closing only happens on Cancel or after a successful save
 * (the caller closes it), so an API error leaves the staff's typing in place.
 */
export function FormDrawer({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  submitting,
  footerStart,
  children,
}: FormDrawerProps) {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      {/* Without a description, say so explicitly, or Radix warns about a missing one. */}
      <Drawer.Content {...(description ? {} : { "aria-describedby": undefined })}>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            {description && <Drawer.Description>{description}</Drawer.Description>}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <div className="mr-auto">{footerStart}</div>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small" disabled={submitting}>
                Huỷ (Cancel)
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={submitting}>
              Lưu (Save)
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
