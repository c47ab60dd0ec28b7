import { ACTORS, type Actor } from "./security-matrix.fixtures"

/**
 * Who may call every custom route (and the core routes our middlewares close), at a glance.
 * Columns: anonymous, customers A and B, producers A and B, clerks at centres X and Y, admin.
 * "Other" records always belong to customer B, producer B or centre Y.
 *
 *   ok   allowed: 2xx
 *   in   got past authorization; the handler's own 400/404/409 (validation, unknown id)
 *   no   kept out: 401 (anonymous always 401) or 403
 *   hid  someone else's record: 403 or 404, never 2xx, and nothing changes
 *   ref  refused for naming another centre's shift or stock: a 4xx from the handler, nothing changes
 *   sig  an unsigned (or wrongly signed) webhook: 400 or 401, nothing changes
 *   -    not run: the call would rightly change shared records
 *
 * `{name}` in a path is a real id from the fixtures; `#label` tells apart rows whose request
 * differs only in its body or headers (security-matrix.requests.ts).
 */
const TABLE = `
method path                                                 anon custA custB prodA prodB clerkX clerkY admin
# the public shop: anyone
GET    /store/ocop/centres                                  ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/centres/van-phuc                         ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/villages                                 ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/villages/{villageHandle}                 ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/producers/htx-lua-van-phuc               ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/search?q=gom                             ok   ok    ok    ok    ok    ok     ok     ok
GET    /health/search                                       ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/receipts/{receiptY}?t={receiptTokenY}    ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/receipts/{receiptY}                      hid  hid   hid   hid   hid   hid    hid    hid
GET    /store/ocop/receipts/{receiptY}?t=forged-token       hid  hid   hid   hid   hid   hid    hid    hid
POST   /producer-invites/accept                             in   in    in    in    in    in     in     in
# capabilities: the cart or payment session id is the key, as on Medusa's own cart routes
GET    /store/ocop/vietqr/{sessionB}                        ok   ok    ok    ok    ok    ok     ok     ok
GET    /store/ocop/carts/{cartB}/centres                    ok   ok    ok    ok    ok    ok     ok     ok
POST   /store/ocop/carts/{cartB}/centres                    hid  hid   hid   hid   hid   hid    hid    hid
# a customer's orders are theirs: a registered customer's single order answers only to them (decision
# 26); a guest's still opens by its id, the capability its confirmation page needs.
GET    /store/orders                                        no   ok    ok    no    no    no     no     no
GET    /store/orders/{orderB}                               hid  hid   ok    hid   hid   hid    hid    hid
GET    /store/ocop/orders/{orderB}/centre                   hid  hid   ok    hid   hid   hid    hid    hid
# webhooks: the signature is the credential, whoever calls
POST   /hooks/ocop/stripe                                   sig  sig   sig   sig   sig   sig    sig    sig
POST   /hooks/ocop/vietqr                                   sig  sig   sig   sig   sig   sig    sig    sig
POST   /hooks/ocop/vietqr#forged                            sig  sig   sig   sig   sig   sig    sig    sig
# the till: clerks, at their own centre
GET    /pos/me                                              no   no    no    no    no    ok     ok     no
GET    /pos/me#centre-y-header                              no   no    no    no    no    no     ok     no
GET    /pos/catalogue                                       no   no    no    no    no    ok     ok     no
GET    /pos/catalogue?centre=van-phuc                       no   no    no    no    no    no     ok     no
GET    /pos/customers?q=example.com                         no   no    no    no    no    ok     ok     no
POST   /pos/customers                                       no   no    no    no    no    ok     ok     no
GET    /pos/deliveries                                      no   no    no    no    no    ok     ok     no
POST   /pos/deliveries/{deliveryY}/receive                  no   no    no    no    no    hid    ok     no
GET    /pos/sales                                           no   no    no    no    no    ok     ok     no
GET    /pos/sales?receipt={receiptY}                        no   no    no    no    no    ok     ok     no
GET    /pos/sales/{saleY}                                   no   no    no    no    no    hid    ok     no
POST   /pos/sales#on-shift-y                                no   no    no    no    no    ref    ok     no
POST   /pos/sales#y-stock                                   no   no    no    no    no    ref    in     no
POST   /pos/sales#names-centre-y                            no   no    no    no    no    no     in     no
POST   /pos/sales/batch#names-centre-y                      no   no    no    no    no    no     in     no
POST   /pos/sales/{saleY}/returns                           no   no    no    no    no    hid    ok     no
POST   /pos/shifts                                          no   no    no    no    no    ok     ok     no
GET    /pos/shifts/current?till_id={tillY2}                 no   no    no    no    no    ok     ok     no
GET    /pos/shifts/{shiftY}/report                          no   no    no    no    no    hid    ok     no
POST   /pos/shifts/{shiftY2}/close                          no   no    no    no    no    hid    ok     no
GET    /pos/reports/day                                     no   no    no    no    no    ok     ok     no
GET    /pos/reports/day?centre=van-phuc                     no   no    no    no    no    no     ok     no
GET    /pos/conflicts                                       no   no    no    no    no    ok     ok     no
GET    /pos/conflicts?centre=van-phuc                       no   no    no    no    no    no     ok     no
POST   /pos/conflicts/{conflictY}/resolve                   no   no    no    no    no    hid    ok     no
# the producer area: producers, their own records
GET    /producer/me                                         no   no    no    ok    ok    no     no     no
GET    /producer/products                                   no   no    no    ok    ok    no     no     no
GET    /producer/products/{productB}                        no   no    no    hid   ok    no     no     no
GET    /producer/listings                                   no   no    no    ok    ok    no     no     no
POST   /producer/listings                                   no   no    no    ok    ok    no     no     no
POST   /producer/listings#change-to-product-b               no   no    no    hid   ok    no     no     no
GET    /producer/listings/{listingB}                        no   no    no    hid   ok    no     no     no
POST   /producer/listings/{listingB}                        no   no    no    hid   ok    no     no     no
POST   /producer/listings/{listingB}/submit                 no   no    no    hid   ok    no     no     no
DELETE /producer/listings/{listingB2}                       no   no    no    hid   ok    no     no     no
POST   /producer/uploads?kind=image                         no   no    no    in    in    no     no     no
GET    /producer/stock                                      no   no    no    ok    ok    no     no     no
GET    /producer/deliveries                                 no   no    no    ok    ok    no     no     no
POST   /producer/deliveries                                 no   no    no    hid   ok    no     no     no
POST   /producer/deliveries/{deliveryB}/cancel              no   no    no    hid   ok    no     no     no
GET    /producer/sales                                      no   no    no    ok    ok    no     no     no
GET    /producer/statements/2026-01                         no   no    no    ok    ok    no     no     no
GET    /producer/statements/2026-01?format=csv              no   no    no    ok    ok    no     no     no
# the admin: administrators only (clerks and supervisors 403, the rest 401)
GET    /admin/ocop/centres                                  no   no    no    no    no    no     no     ok
POST   /admin/ocop/centres                                  no   no    no    no    no    no     no     in
GET    /admin/ocop/centres/{centreY}                        no   no    no    no    no    no     no     ok
POST   /admin/ocop/centres/{centreY}                        no   no    no    no    no    no     no     ok
POST   /admin/ocop/centres/{centreY}#change                 no   no    no    no    no    no     no     -
DELETE /admin/ocop/centres/ctr_missing                      no   no    no    no    no    no     no     in
GET    /admin/ocop/certifications                           no   no    no    no    no    no     no     ok
GET    /admin/ocop/deliveries                               no   no    no    no    no    no     no     ok
POST   /admin/ocop/deliveries/{deliveryY2}/receive          no   no    no    no    no    no     no     ok
GET    /admin/ocop/listings                                 no   no    no    no    no    no     no     ok
GET    /admin/ocop/listings/{listingB}                      no   no    no    no    no    no     no     ok
POST   /admin/ocop/listings/{listingB3}/reject              no   no    no    no    no    no     no     ok
POST   /admin/ocop/listings/plst_missing/approve            no   no    no    no    no    no     no     in
GET    /admin/ocop/pos-conflicts                            no   no    no    no    no    no     no     ok
POST   /admin/ocop/pos-conflicts/{conflictY2}/resolve       no   no    no    no    no    no     no     ok
GET    /admin/ocop/producers                                no   no    no    no    no    no     no     ok
POST   /admin/ocop/producers                                no   no    no    no    no    no     no     in
GET    /admin/ocop/producers/{producerB}                    no   no    no    no    no    no     no     ok
POST   /admin/ocop/producers/{producerB}                    no   no    no    no    no    no     no     ok
DELETE /admin/ocop/producers/prod_missing                   no   no    no    no    no    no     no     in
POST   /admin/ocop/producers/{producerB}/invites            no   no    no    no    no    no     no     ok
GET    /admin/ocop/producers/{producerB}/members            no   no    no    no    no    no     no     ok
GET    /admin/ocop/products/{productB}                      no   no    no    no    no    no     no     ok
POST   /admin/ocop/products/{productB}#remove-certificate   no   no    no    no    no    no     no     -
GET    /admin/ocop/villages                                 no   no    no    no    no    no     no     ok
POST   /admin/ocop/villages                                 no   no    no    no    no    no     no     in
GET    /admin/ocop/villages/{village}                       no   no    no    no    no    no     no     ok
POST   /admin/ocop/villages/{village}                       no   no    no    no    no    no     no     ok
DELETE /admin/ocop/villages/{village}                       no   no    no    no    no    no     no     -
# Medusa's own admin, closed to the till's staff by staffOnly
GET    /admin/orders                                        no   no    no    no    no    no     no     ok
GET    /admin/orders/{orderB}                               no   no    no    no    no    no     no     ok
GET    /admin/products                                      no   no    no    no    no    no     no     ok
POST   /admin/products/{productB}#rename                    no   no    no    no    no    no     no     -
`

export const OUTCOMES = ["ok", "in", "no", "hid", "ref", "sig", "-"] as const
export type Outcome = (typeof OUTCOMES)[number]
export type Row = { method: string; path: string; label: string; expect: Record<Actor, Outcome> }

/** The table as rows; a malformed line throws, so a typo cannot silently drop a cell. */
export const ROWS: Row[] = TABLE.split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#") && !line.startsWith("method "))
  .map((line) => {
    const [method, label, ...cells] = line.split(/\s+/) as [string, string, ...string[]]
    if (cells.length !== ACTORS.length || cells.some((c) => !(OUTCOMES as readonly string[]).includes(c))) throw new Error(`Bad matrix row: ${line}`)
    return {
      method,
      label,
      path: label.replace(/#[a-z-]+$/, ""),
      expect: Object.fromEntries(ACTORS.map((a, i) => [a, cells[i] as Outcome])) as Record<Actor, Outcome>,
    }
  })

/** What each outcome admits. Anonymous callers are kept out with 401, never 403. */
export function admits(outcome: Outcome, status: number, anonymous: boolean) {
  switch (outcome) {
    case "ok":
      return status >= 200 && status < 300
    case "in":
      return [400, 404, 409].includes(status)
    case "no":
      return anonymous ? status === 401 : status === 401 || status === 403
    case "hid":
      return status === 403 || status === 404
    case "ref":
      return status >= 400 && status < 500 && status !== 401
    case "sig":
      return status === 400 || status === 401
    default:
      return false
  }
}
