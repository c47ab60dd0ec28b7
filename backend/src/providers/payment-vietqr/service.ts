import { randomBytes } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { bankAccountProblem, type BankAccount } from "../../modules/ocop/lib/bank-account"
import { vietQrPayload, vietQrReference } from "../../lib/payments/vietqr"
import type { VietQrData, VietQrSessionInput } from "./data"

type Options = {
  /** Receives transfers for orders whose centre has no account of its own. */
  default_account?: BankAccount
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

function toNumber(amount: unknown): number {
  return new BigNumber(amount as any).numeric
}

/**
 * VietQR bank transfer, online and at the counter. Placing the order authorizes the payment
 * (the shopper has the code and promised to transfer); the money counts as received, Medusa's
 * "captured", when staff confirm it or a signed bank notification arrives
 * (api/hooks/ocop/vietqr). No bank API is called: a refund is a transfer staff make, recorded.
 */
export class VietQrPaymentProvider extends AbstractPaymentProvider<Options> {
  static override identifier = "vietqr"
  protected readonly options: Options

  static override validateOptions(options: Options) {
    if (options.default_account) {
      const problem = bankAccountProblem(options.default_account)
      if (problem) throw new Error(`VietQR default account: ${problem}`)
    }
  }

  constructor(container: Record<string, unknown>, options: Options) {
    super(container, options)
    this.options = options
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `VietQR transfers are made in đồng (VND); this cart is in ${currency_code.toUpperCase()}.`
      )
    }
    const input = (data ?? {}) as VietQrSessionInput
    const account = input.account ?? this.options.default_account
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This centre has no bank account for VietQR transfers yet; choose another payment method."
      )
    }
    const sessionId = input.session_id ?? context?.idempotency_key
    const reference = sessionId ? vietQrReference(sessionId) : randomReference()
    const value = toNumber(amount)
    const session: VietQrData = {
      reference,
      account,
      centre_id: input.centre_id ?? null,
      amount: value,
      currency_code: "vnd",
      payload: vietQrPayload({ account, amount: value, reference }),
      status: "awaiting_transfer",
    }
    return { id: reference, data: session }
  }

  async updatePayment({ amount, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = data as VietQrData
    const value = toNumber(amount)
    return {
      data: { ...session, amount: value, payload: vietQrPayload({ account: session.account, amount: value, reference: session.reference }) },
    }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: "authorized", data }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, status: "received", received_at: new Date().toISOString() } }
  }

  async refundPayment({ amount, data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = data as VietQrData
    const refunds = [...(session.refunds ?? []), { amount: toNumber(amount), at: new Date().toISOString() }]
    return { data: { ...session, refunds } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, status: "canceled" } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const status = (data as VietQrData | undefined)?.status
    if (status === "received") return { status: "captured", data }
    if (status === "canceled") return { status: "canceled", data }
    return { status: "authorized", data }
  }

  /** Bank notifications are signed with our own secret and reach api/hooks/ocop/vietqr instead. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

function randomReference() {
  return `OCOP${Array.from(randomBytes(10), (b) => CROCKFORD[b % 32]).join("")}`
}
