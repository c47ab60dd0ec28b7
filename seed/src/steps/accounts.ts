import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { Accounts } from "../data"
import { runWorkflow } from "../workflows"

/**
 * Demo logins (README lists them): the admin, one clerk per centre and a supervisor (Medusa
 * users marked with their role and centre), two producer logins and one customer. Existing e-mails are left alone.
 */
export async function seedAccounts(container: MedusaContainer, accounts: Accounts, producers: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const auth = container.resolve(Modules.AUTH)
  const { data: users } = await query.graph({ entity: "user", fields: ["email"] })
  const { data: customers } = await query.graph({ entity: "customer", fields: ["email", "has_account"] })
  const { data: identities } = await query.graph({ entity: "provider_identity", fields: ["entity_id", "auth_identity_id"] })

  async function identity(email: string, password: string) {
    const known = identities.find((i: any) => i.entity_id === email)
    if (known) return known.auth_identity_id as string
    const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`Could not create the login ${email}: ${error}`)
    return authIdentity.id
  }

  const staff = [
    { ...accounts.admin, first_name: "Quản trị", last_name: "OCOP", metadata: { role: "admin" } },
    ...accounts.clerks.map((c) => ({ ...c, metadata: { role: "clerk", centre: c.centre } })),
    ...(accounts.supervisors ?? []).map((c) => ({ ...c, metadata: { role: "supervisor", centre: c.centre } })),
  ]
  for (const u of staff) {
    if (users.some((x: any) => x.email === u.email)) continue
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: await identity(u.email, u.password),
        userData: { email: u.email, first_name: u.first_name, last_name: u.last_name, metadata: u.metadata },
      },
    })
  }

  for (const p of accounts.producers) {
    const producerId = producers.get(p.producer)
    if (!producerId) throw new Error(`accounts.json names an unknown producer "${p.producer}"`)
    const authId = await identity(p.email, p.password)
    const { data } = await query.graph({ entity: "auth_identity", fields: ["app_metadata"], filters: { id: authId } })
    if (!data[0]?.app_metadata?.producer_id) {
      await runWorkflow(container, "link-producer-login", { auth_identity_id: authId, producer_id: producerId })
    }
  }

  const c = accounts.customer
  if (!customers.some((x: any) => x.email === c.email && x.has_account)) {
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: await identity(c.email, c.password),
        customerData: { email: c.email, first_name: c.first_name, last_name: c.last_name, phone: c.phone },
      },
    })
  }
}
