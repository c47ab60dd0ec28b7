import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202160402 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_pos_shift" drop constraint if exists "ocop_pos_shift_centre_id_till_id_unique";`);
    this.addSql(`alter table if exists "ocop_pos_shift" drop constraint if exists "ocop_pos_shift_centre_id_client_id_unique";`);
    this.addSql(`alter table if exists "ocop_pos_sale" drop constraint if exists "ocop_pos_sale_receipt_number_unique";`);
    this.addSql(`alter table if exists "ocop_pos_sale" drop constraint if exists "ocop_pos_sale_centre_id_client_id_unique";`);
    this.addSql(`alter table if exists "ocop_pos_return" drop constraint if exists "ocop_pos_return_centre_id_client_id_unique";`);
    this.addSql(`create table if not exists "ocop_pos_return" ("id" text not null, "centre_id" text not null, "client_id" text not null, "sale_id" text not null, "shift_id" text null, "user_id" text not null, "status" text check ("status" in ('pending', 'completed')) not null default 'pending', "lines" jsonb not null, "amount" integer not null, "refund" text check ("refund" in ('cash', 'original')) not null, "note" text null, "order_return_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_pos_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_return_deleted_at" ON "ocop_pos_return" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_pos_return_centre_id_client_id_unique" ON "ocop_pos_return" ("centre_id", "client_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_return_sale_id" ON "ocop_pos_return" ("sale_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_pos_sale" ("id" text not null, "centre_id" text not null, "client_id" text not null, "receipt_number" text not null, "till_id" text not null, "shift_id" text null, "user_id" text not null, "status" text check ("status" in ('pending', 'completed')) not null default 'pending', "order_id" text null, "sold_at" timestamptz not null, "subtotal" integer not null, "discount_total" integer not null, "total" integer not null, "change" integer not null default 0, "lines" jsonb not null, "payments" jsonb not null, "customer_id" text null, "note" text null, "returned_total" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_pos_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_deleted_at" ON "ocop_pos_sale" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_centre_id_client_id_unique" ON "ocop_pos_sale" ("centre_id", "client_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_receipt_number_unique" ON "ocop_pos_sale" ("receipt_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_centre_id_sold_at" ON "ocop_pos_sale" ("centre_id", "sold_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_sale_shift_id" ON "ocop_pos_sale" ("shift_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_pos_shift" ("id" text not null, "centre_id" text not null, "till_id" text not null, "user_id" text not null, "client_id" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opening_float" integer not null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "counted" jsonb null, "counted_total" integer null, "expected_cash" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_pos_shift_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_pos_shift_deleted_at" ON "ocop_pos_shift" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_pos_shift_centre_id_client_id_unique" ON "ocop_pos_shift" ("centre_id", "client_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_pos_shift_centre_id_till_id_unique" ON "ocop_pos_shift" ("centre_id", "till_id") WHERE status = 'open' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_pos_return" cascade;`);

    this.addSql(`drop table if exists "ocop_pos_sale" cascade;`);

    this.addSql(`drop table if exists "ocop_pos_shift" cascade;`);
  }

}
