import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202183917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_pos_return" add column if not exists "offline" boolean not null default false, add column if not exists "returned_at" timestamptz null;`);

    this.addSql(`alter table if exists "ocop_pos_sale" add column if not exists "offline" boolean not null default false, add column if not exists "conflict" jsonb null, add column if not exists "conflict_status" text check ("conflict_status" in ('open', 'resolved')) null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_centre_id_conflict_status" ON "ocop_pos_sale" ("centre_id", "conflict_status") WHERE conflict_status IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_pos_return" drop column if exists "offline", drop column if exists "returned_at";`);

    this.addSql(`drop index if exists "IDX_ocop_pos_sale_centre_id_conflict_status";`);
    this.addSql(`alter table if exists "ocop_pos_sale" drop column if exists "offline", drop column if exists "conflict", drop column if exists "conflict_status";`);
  }

}
