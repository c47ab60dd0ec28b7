import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202165159 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_pos_sale" add column if not exists "settled_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_settled_at" ON "ocop_pos_sale" ("settled_at") WHERE settled_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_pos_sale_settled_at";`);
    this.addSql(`alter table if exists "ocop_pos_sale" drop column if exists "settled_at";`);
  }

}
