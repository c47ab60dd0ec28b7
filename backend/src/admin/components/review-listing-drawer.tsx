import { useId, useState } from "react"
import { Button, Drawer, Label, Switch, Text } from "@medusajs/ui"
import { hanoiDay } from "@ocop/money"
import {
  type ApproveListingInput,
  type CertificationErrors,
  type CertificationValues,
  type Listing,
  useApproveListing,
  useListing,
  useRejectListing,
  validateCertification,
} from "../lib/listings"
import { errorMessage } from "../lib/sdk"
import { useFormValues } from "../lib/use-form-values"
import { TextareaField } from "./form-fields"
import { ListingCertificationFields, WithError } from "./listing-certification-fields"
import { ListingDetails, Section } from "./listing-details"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The list's row; the full listing is reloaded while the drawer is open. */
  listing: Listing | null
}

type Errors = CertificationErrors & { comment?: string }

const initialValues = (listing: Listing | null) => ({
  comment: "",
  // A certificate file was uploaded: the admin is expected to record what it says.
  record: listing?.certificate ? "yes" : "no",
  stars: "",
  group: "",
  decision_number: "",
  issuing_level: "city",
  issue_date: "",
  expiry_date: "",
})

/**
 * A producer's listing under review: everything proposed, then Approve (optional comment, and the
 * certification read off the uploaded certificate) or Reject (comment required, the producer sees
 * it). A refusal from the server (e.g. already reviewed, duplicate SKU) keeps the drawer open.
 */
export function ReviewListingDrawer({ open, onOpenChange, listing: row }: Props) {
  const detail = useListing(row?.id, open)
  const listing = detail.data?.listing ? { ...detail.data.listing, producer: detail.data.listing.producer ?? row?.producer ?? null } : row
  const { values, set } = useFormValues(() => initialValues(row), open)
  const [errors, setErrors] = useState<Errors>({})
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) setErrors({})
  }
  const switchId = useId()

  const close = () => onOpenChange(false)
  const approve = useApproveListing(listing, close)
  const reject = useRejectListing(listing, close)
  const busy = approve.isPending || reject.isPending
  const reviewable = listing?.status === "submitted"

  const change = (key: keyof typeof values, value: string) => {
    set(key, value)
    if (errors[key as keyof Errors]) setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const onApprove = () => {
    const body: ApproveListingInput = {}
    if (values.comment.trim()) body.comment = values.comment.trim()
    if (values.record === "yes") {
      const { errors: found, value } = validateCertification(values as CertificationValues, hanoiDay(new Date()))
      setErrors(found)
      if (!value) return
      body.certification = value
    } else setErrors({})
    approve.mutate(body)
  }

  const onReject = () => {
    const comment = values.comment.trim()
    if (!comment) {
      setErrors({ comment: "Hãy ghi lý do để chủ thể sửa lại (Say why, so the producer can fix it)" })
      return
    }
    setErrors({})
    reject.mutate(comment)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="sm:max-w-[720px]">
        <Drawer.Header>
          <Drawer.Title>{listing ? `${listing.title_vi} (${listing.title_en})` : "Sản phẩm đề xuất (Listing)"}</Drawer.Title>
          <Drawer.Description>{listing?.producer?.legal_name ?? "—"}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {detail.error && !detail.data && (
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(detail.error)}
            </Text>
          )}
          {listing && <ListingDetails listing={listing} />}
          {listing && reviewable && (
            <Section title="Quyết định (Decision)">
              <WithError error={errors.comment}>
                <TextareaField
                  label="Góp ý cho chủ thể (Comment to the producer)"
                  hint="Không bắt buộc khi duyệt, bắt buộc khi từ chối (Optional to approve, required to reject)"
                  placeholder="Ảnh mờ, hãy chụp lại nhãn sản phẩm (Blurry photos: please reshoot the label)"
                  value={values.comment}
                  onChange={(v) => change("comment", v)}
                />
              </WithError>
              <div className="flex items-center gap-x-2 pt-2">
                <Switch id={switchId} checked={values.record === "yes"} onCheckedChange={(on) => change("record", on ? "yes" : "no")} />
                <Label htmlFor={switchId} size="small" weight="plus">
                  Ghi nhận chứng nhận OCOP khi duyệt (Record the OCOP certification on approval)
                </Label>
              </div>
              {values.record === "yes" ? (
                <ListingCertificationFields values={values} errors={errors} onChange={change} />
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  {listing.product_id
                    ? "Chứng nhận hiện tại của sản phẩm được giữ nguyên (The product keeps its current certificate)"
                    : "Sản phẩm sẽ lên bán chưa có chứng nhận OCOP (The product goes live without an OCOP certificate)"}
                </Text>
              )}
            </Section>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button type="button" variant="secondary" size="small" disabled={busy} className="mr-auto">
              {reviewable ? "Huỷ (Cancel)" : "Đóng (Close)"}
            </Button>
          </Drawer.Close>
          {reviewable && (
            <>
              <Button type="button" variant="danger" size="small" onClick={onReject} isLoading={reject.isPending} disabled={busy}>
                Từ chối (Reject)
              </Button>
              <Button type="button" size="small" onClick={onApprove} isLoading={approve.isPending} disabled={busy}>
                Duyệt (Approve)
              </Button>
            </>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
