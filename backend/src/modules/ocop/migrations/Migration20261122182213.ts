import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122182213 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" add column if not exists "bank_bin" text null, add column if not exists "bank_account_number" text null, add column if not exists "bank_account_name" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" drop column if exists "bank_bin", drop column if exists "bank_account_number", drop column if exists "bank_account_name";`);
  }

}
