// Medusa runs a provider's migrations from the folder beside it. This provider is the stock one
// (see ../service.ts), so its migrations are the stock provider's: the catalog table,
// pg_trgm and unaccent. Re-exported, never copied, so an upgrade brings its changes.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
