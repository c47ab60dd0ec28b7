import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206001000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_invite" drop constraint if exists "ocop_producer_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "ocop_producer_invite" ("id" text not null, "producer_id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_deleted_at" ON "ocop_producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_token_hash_unique" ON "ocop_producer_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_producer_id" ON "ocop_producer_invite" ("producer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_producer_invite" cascade;`);
  }

}
