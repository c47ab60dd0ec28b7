import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { posClerk } from "./pos/pos-clerk"
import { PosCloseShift, PosCreateCustomer, PosCreateReturn, PosCreateSale, PosOpenShift } from "./pos/validators"
import { PosSalesBatch } from "./pos/validators"
import { PosCatalogueQuery, PosListConflicts, PosListSales, PosResolveConflict } from "./pos/validators"
import { storeProductsOcop } from "./store/products/ocop-fields"
import { staffOnly } from "./admin/staff-only"
import { producerScope } from "./producer/producer-scope"
import { accessMiddlewares } from "./producer/middlewares/access"
import { listingsMiddlewares } from "./producer/middlewares/listings"
import { salesMiddlewares } from "./producer/middlewares/sales"
import { stockMiddlewares } from "./producer/middlewares/stock"
import { vietQrAccount } from "./store/payment-collections/vietqr-account"
import { paymentErrorSentences } from "./store/carts/payment-error-sentence"
import { handoverCentre } from "./store/carts/handover-centre"
import { orderOwner } from "./store/orders/order-owner"
import { verifyBankSignature } from "./hooks/ocop/vietqr/signature"
import { VietQrBankNotification } from "./hooks/ocop/vietqr/validators"
import { validateQuery } from "./validate-query"
import { answeringUndecodablePaths, OCOP_ROUTE_PREFIXES, refuseUnreadableInput } from "./refuse-unreadable-input"
import { loginRateLimit } from "./auth/login-rate-limit"
import { outageErrorHandler } from "./outage-error-handler"
import { StoreOcopSearch } from "./store/ocop/search/validators"
import {
  AdminCreateCentre,
  AdminCreateProducer,
  AdminCreateVillage,
  AdminListCertifications,
  AdminListPosConflicts,
  AdminSetProductOcop,
  AdminUpdateCentre,
  AdminUpdateProducer,
  AdminUpdateVillage,
} from "./admin/ocop/validators"

const body = validateAndTransformBody
const noPaging = { defaults: [], isList: false }

export default defineMiddlewares({
  // A database or Redis outage is a 503 with a sentence; everything else is Medusa's answer.
  errorHandler: answeringUndecodablePaths(outageErrorHandler()),
  routes: [
    // Before every OCOP route's own middlewares (global ones sort first): NUL text, broken %-encoding.
    ...OCOP_ROUTE_PREFIXES.map((matcher) => ({ matcher, middlewares: [refuseUnreadableInput] })),
    // No `methods`: Medusa runs such "global" middlewares before the core route's own strict
    // query validator, which would otherwise reject the OCOP parameters. It covers
    // /store/products and /store/products/:id; the middleware itself only acts on GET.
    { matcher: "/store/products", middlewares: [storeProductsOcop] },
    { matcher: "/admin", middlewares: [staffOnly] },
    // Sign-in for every actor (user, customer, producer); not register or reset-password (decision 25).
    { matcher: "/auth/:actor_type/emailpass", methods: ["POST"], middlewares: [loginRateLimit()] },
    { matcher: "/store/ocop/search", methods: ["GET"], middlewares: [validateQuery(StoreOcopSearch)] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [vietQrAccount],
    },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [paymentErrorSentences, handoverCentre] },
    // A registered customer's order, to that customer only; a guest's by its id (order-owner.ts).
    // Express matches `:id` as one whole segment, so the list /store/orders is not caught.
    { matcher: "/store/orders/:id", methods: ["GET"], middlewares: orderOwner },
    { matcher: "/store/ocop/orders/:id/centre", methods: ["GET"], middlewares: orderOwner },
    // Signatures are computed over the bytes the sender signed, so these keep the raw body.
    { matcher: "/hooks/ocop/stripe", methods: ["POST"], bodyParser: { preserveRawBody: true } },
    {
      matcher: "/hooks/ocop/vietqr",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyBankSignature, body(VietQrBankNotification)],
    },

    // The till: clerks and supervisors, at their own centre only (docs/pos-api.md).
    { matcher: "/pos/*", middlewares: [authenticate("user", ["bearer"]), posClerk] },
    { matcher: "/pos/sales", methods: ["POST"], middlewares: [body(PosCreateSale)] },
    { matcher: "/pos/sales", methods: ["GET"], middlewares: [validateQuery(PosListSales)] },
    { matcher: "/pos/sales/batch", methods: ["POST"], middlewares: [body(PosSalesBatch)] },
    { matcher: "/pos/sales/:id/returns", methods: ["POST"], middlewares: [body(PosCreateReturn)] },
    { matcher: "/pos/shifts", methods: ["POST"], middlewares: [body(PosOpenShift)] },
    { matcher: "/pos/shifts/:id/close", methods: ["POST"], middlewares: [body(PosCloseShift)] },
    { matcher: "/pos/customers", methods: ["POST"], middlewares: [body(PosCreateCustomer)] },
    // Offline selling (issue 7): the catalogue since an earlier answer, and stock conflicts.
    { matcher: "/pos/catalogue", methods: ["GET"], middlewares: [validateQuery(PosCatalogueQuery)] },
    { matcher: "/pos/conflicts", methods: ["GET"], middlewares: [validateQuery(PosListConflicts)] },
    { matcher: "/pos/conflicts/:sale_id/resolve", methods: ["POST"], middlewares: [body(PosResolveConflict)] },

    // The producer area (docs/producer-api.md): producers, for their own records only. A
    // customer's, a clerk's or an admin's token is not a producer's: 401.
    { matcher: "/producer/*", middlewares: [authenticate("producer", ["bearer", "session"]), producerScope] },
    ...accessMiddlewares,
    ...listingsMiddlewares,
    ...stockMiddlewares,
    ...salesMiddlewares,

    { matcher: "/admin/ocop/centres", methods: ["POST"], middlewares: [body(AdminCreateCentre)] },
    { matcher: "/admin/ocop/centres/:id", methods: ["POST"], middlewares: [body(AdminUpdateCentre)] },
    { matcher: "/admin/ocop/villages", methods: ["POST"], middlewares: [body(AdminCreateVillage)] },
    { matcher: "/admin/ocop/villages/:id", methods: ["POST"], middlewares: [body(AdminUpdateVillage)] },
    { matcher: "/admin/ocop/producers", methods: ["POST"], middlewares: [body(AdminCreateProducer)] },
    { matcher: "/admin/ocop/producers/:id", methods: ["POST"], middlewares: [body(AdminUpdateProducer)] },
    { matcher: "/admin/ocop/products/:id", methods: ["POST"], middlewares: [body(AdminSetProductOcop)] },
    { matcher: "/admin/ocop/pos-conflicts", methods: ["GET"], middlewares: [validateQuery(AdminListPosConflicts)] },
    { matcher: "/admin/ocop/pos-conflicts/:sale_id/resolve", methods: ["POST"], middlewares: [body(PosResolveConflict)] },
    {
      matcher: "/admin/ocop/certifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertifications, noPaging)],
    },
  ],
})
