import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { fold } from "../../../lib/search/fold"
import { listingRefusal, sendListingRefusal } from "../../../lib/producer-listing/refusals"
import { producer } from "../producer-scope"
import { declaredType, EXTENSION, sniffType, UPLOAD_KINDS, type UploadKind } from "./file-signature"

type Received = { originalname: string; mimetype: string; size: number; buffer: Buffer }

/**
 * POST /producer/uploads?kind=image|certificate: product pictures and certificate scans, kept
 * by Medusa's file module. multer (listings middlewares) has already read the files into memory
 * and refused oversize ones; here each must be of an accepted type by its bytes and its label.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const kind = (req as any).uploadKind as UploadKind
  const rule = UPLOAD_KINDS[kind]
  const files = ((req as any).files ?? []) as Received[]
  if (!files.length) return sendListingRefusal(res, listingRefusal("file_count", ctx.locale) as any)

  for (const file of files) {
    const type = sniffType(file.buffer)
    if (!type || !(rule.types as readonly string[]).includes(type) || declaredType(file.mimetype) !== type) {
      return sendListingRefusal(res, listingRefusal("file_type", ctx.locale, { filename: file.originalname, allowed: rule.label }) as any)
    }
  }

  const named = files.map((file) => {
    const type = sniffType(file.buffer)!
    return { file, type, filename: `${ctx.producer.handle}-${safeStem(file.originalname)}.${EXTENSION[type]}` }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: named.map(({ file, type, filename }) => ({
        filename,
        mimeType: type,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({
    files: named.map(({ file, type, filename }, i) => ({ url: result[i]!.url, filename, mime_type: type, size: file.size })),
  })
}

/** A file name safe in a URL: folded, dashes for anything else, the extension set from the bytes. */
function safeStem(name: string) {
  const stem = fold(name.normalize("NFC")).replace(/\.[^.]*$/, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  return stem.slice(0, 60) || "file"
}
