import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122070133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`alter table if exists "ocop_craft_village" drop constraint if exists "ocop_craft_village_handle_unique";`);
    this.addSql(`alter table if exists "ocop_centre" drop constraint if exists "ocop_centre_handle_unique";`);
    this.addSql(`create table if not exists "ocop_centre" ("id" text not null, "handle" text not null, "name_vi" text not null, "name_en" text not null, "kind" text check ("kind" in ('design_sales_centre', 'sales_point')) not null, "commune" text not null, "former_district" text null, "province" text not null default 'Hà Nội', "address" text not null, "latitude" real null, "longitude" real null, "opening_hours" text null, "phone" text null, "stars" integer null, "description_vi" text null, "description_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_centre_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_centre_handle_unique" ON "ocop_centre" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_centre_deleted_at" ON "ocop_centre" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "stars" integer not null, "group" text check ("group" in ('food', 'beverage', 'herbal', 'textile', 'handicraft', 'tourism_service')) not null, "decision_number" text not null, "issuing_level" text check ("issuing_level" in ('city', 'national')) not null, "issue_date" timestamptz not null, "expiry_date" timestamptz not null, "withdrawn_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_craft_village" ("id" text not null, "handle" text not null, "name" text not null, "craft_vi" text not null, "craft_en" text not null, "commune" text not null, "former_district" text null, "story_vi" text null, "story_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_craft_village_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_craft_village_handle_unique" ON "ocop_craft_village" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_craft_village_deleted_at" ON "ocop_craft_village" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "legal_name" text not null, "type" text check ("type" in ('cooperative', 'enterprise', 'household')) not null, "tax_code" text not null, "representative" text null, "phone" text null, "email" text null, "story_vi" text null, "story_en" text null, "village_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_village_id" ON "ocop_producer" ("village_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_producer" add constraint "ocop_producer_village_id_foreign" foreign key ("village_id") references "ocop_craft_village" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_village_id_foreign";`);

    this.addSql(`drop table if exists "ocop_centre" cascade;`);

    this.addSql(`drop table if exists "ocop_certification" cascade;`);

    this.addSql(`drop table if exists "ocop_craft_village" cascade;`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);
  }

}
