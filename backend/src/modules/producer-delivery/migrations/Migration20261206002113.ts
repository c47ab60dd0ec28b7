import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206002113 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_producer_delivery" ("id" text not null, "producer_id" text not null, "centre_id" text not null, "status" text check ("status" in ('proposed', 'received', 'cancelled')) not null default 'proposed', "lines" jsonb not null, "note" text null, "received_at" timestamptz null, "received_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_delivery_deleted_at" ON "ocop_producer_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_delivery_producer_id" ON "ocop_producer_delivery" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_delivery_centre_id_status" ON "ocop_producer_delivery" ("centre_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_delivery" cascade;`);
  }

}
