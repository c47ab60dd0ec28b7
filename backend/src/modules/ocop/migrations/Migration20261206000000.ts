import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" add column if not exists "commission_percent" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_centre" drop column if exists "commission_percent";`);
  }

}
