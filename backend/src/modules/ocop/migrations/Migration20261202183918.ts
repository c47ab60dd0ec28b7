import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202183918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" add column if not exists "pos_offline_max_sale_amount" integer not null default 10000000, add column if not exists "pos_offline_max_queued_sales" integer not null default 300;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" drop column if exists "pos_offline_max_sale_amount", drop column if exists "pos_offline_max_queued_sales";`);
  }

}
