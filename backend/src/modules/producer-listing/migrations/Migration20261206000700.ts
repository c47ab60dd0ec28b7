import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206000700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_producer_listing" ("id" text not null, "producer_id" text not null, "product_id" text null, "status" text check ("status" in ('draft', 'submitted', 'approved', 'rejected')) not null default 'draft', "title_vi" text not null, "title_en" text not null, "description_vi" text not null, "description_en" text not null, "images" jsonb not null, "variants" jsonb not null, "certificate" jsonb null, "review_comment" text null, "submitted_at" timestamptz null, "reviewed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_listing_deleted_at" ON "ocop_producer_listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_listing_producer_id_status" ON "ocop_producer_listing" ("producer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_listing_status" ON "ocop_producer_listing" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_listing" cascade;`);
  }

}
