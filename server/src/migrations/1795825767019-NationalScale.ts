import { MigrationInterface, QueryRunner } from 'typeorm';

export class NationalScale1795825767019 implements MigrationInterface {
  name = 'NationalScale1795825767019';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "province" (
                "code" character varying(16) NOT NULL,
                "name" character varying(100) NOT NULL,
                CONSTRAINT "PK_3288dfa18d390ed33b359fc0418" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "city" (
                "code" character varying(16) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kind" character varying(10) NOT NULL,
                "provinceCode" character varying(16) NOT NULL,
                CONSTRAINT "PK_b94ae715aad0d13e62f585ff11b" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_87a9f2f376620a007308d66226" ON "city" ("provinceCode")
        `);
    await queryRunner.query(`
            CREATE TABLE "kecamatan_total" (
                "periodId" uuid NOT NULL,
                "kecamatanCode" character varying(16) NOT NULL,
                "basis" character varying(8) NOT NULL,
                "total" double precision NOT NULL,
                "answered" integer NOT NULL,
                "verified" integer NOT NULL,
                CONSTRAINT "PK_de4ddabab9f1de8689589cad6b7" PRIMARY KEY ("periodId", "kecamatanCode", "basis")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_63433f159bc323de659de980e8" ON "kecamatan" ("cityCode")
        `);
    // Existing kecamatan name their kab/kota: Kota Bekasi (Kemendagri 32.75, province 32 Jawa Barat),
    // and, should a database hold others, a placeholder named by its code for an admin to rename.
    await queryRunner.query(`INSERT INTO "province" ("code", "name") VALUES ('32', 'Jawa Barat')`);
    await queryRunner.query(
      `INSERT INTO "city" ("code", "name", "kind", "provinceCode") VALUES ('32.75', 'Kota Bekasi', 'KOTA', '32')`,
    );
    await queryRunner.query(`
            INSERT INTO "province" ("code", "name")
            SELECT DISTINCT split_part("cityCode", '.', 1), 'Provinsi ' || split_part("cityCode", '.', 1) FROM "kecamatan"
            ON CONFLICT DO NOTHING
        `);
    await queryRunner.query(`
            INSERT INTO "city" ("code", "name", "kind", "provinceCode")
            SELECT DISTINCT "cityCode", 'Kabupaten/Kota ' || "cityCode",
                   CASE WHEN split_part("cityCode", '.', 2) >= '71' THEN 'KOTA' ELSE 'KABUPATEN' END, split_part("cityCode", '.', 1)
            FROM "kecamatan"
            ON CONFLICT DO NOTHING
        `);
    await queryRunner.query(`
            ALTER TABLE "city"
            ADD CONSTRAINT "FK_87a9f2f376620a007308d662260" FOREIGN KEY ("provinceCode") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "kecamatan"
            ADD CONSTRAINT "FK_63433f159bc323de659de980e82" FOREIGN KEY ("cityCode") REFERENCES "city"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `); // The scoreboard's index (TypeORM cannot declare DESC): a page in total order is an index range.
    await queryRunner.query(`
            CREATE INDEX "IDX_kecamatan_total_board" ON "kecamatan_total" ("periodId", "basis", "total" DESC, "kecamatanCode")
        `);
    // Every kecamatan has its two total rows in every period (zeros until answered), whichever
    // code path inserts a period or a kecamatan: a board page never has to look for missing ones.
    await queryRunner.query(`
            CREATE FUNCTION "kecamatan_total_for_new_periods"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "kecamatan_total" ("periodId", "kecamatanCode", "basis", "total", "answered", "verified")
                SELECT p."id", k."code", b."basis", 0, 0, 0
                FROM "new_periods" p CROSS JOIN "kecamatan" k CROSS JOIN (VALUES ('SELF'), ('VERIFIED')) AS b("basis")
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "period_kecamatan_total" AFTER INSERT ON "period"
            REFERENCING NEW TABLE AS "new_periods" FOR EACH STATEMENT EXECUTE FUNCTION "kecamatan_total_for_new_periods"()
        `);
    await queryRunner.query(`
            CREATE FUNCTION "kecamatan_total_for_new_kecamatan"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "kecamatan_total" ("periodId", "kecamatanCode", "basis", "total", "answered", "verified")
                SELECT p."id", k."code", b."basis", 0, 0, 0
                FROM "period" p CROSS JOIN "new_kecamatan" k CROSS JOIN (VALUES ('SELF'), ('VERIFIED')) AS b("basis")
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "kecamatan_kecamatan_total" AFTER INSERT ON "kecamatan"
            REFERENCING NEW TABLE AS "new_kecamatan" FOR EACH STATEMENT EXECUTE FUNCTION "kecamatan_total_for_new_kecamatan"()
        `);
    // Backfill from the cluster rows (the sum of the rounded cluster scores, rounded to two decimals).
    await queryRunner.query(`
            INSERT INTO "kecamatan_total" ("periodId", "kecamatanCode", "basis", "total", "answered", "verified")
            SELECT p."id", k."code", b."basis",
                   coalesce(round(sum(s."score")::numeric, 2), 0)::double precision, coalesce(sum(s."answered"), 0), coalesce(sum(s."verified"), 0)
            FROM "period" p CROSS JOIN "kecamatan" k CROSS JOIN (VALUES ('SELF'), ('VERIFIED')) AS b("basis")
            LEFT JOIN "kecamatan_score" s ON s."periodId" = p."id" AND s."kecamatanCode" = k."code" AND s."basis" = b."basis"
            GROUP BY p."id", k."code", b."basis"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "kecamatan_kecamatan_total" ON "kecamatan"`);
    await queryRunner.query(`DROP FUNCTION "kecamatan_total_for_new_kecamatan"()`);
    await queryRunner.query(`DROP TRIGGER "period_kecamatan_total" ON "period"`);
    await queryRunner.query(`DROP FUNCTION "kecamatan_total_for_new_periods"()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_kecamatan_total_board"`);
    await queryRunner.query(`
            ALTER TABLE "kecamatan" DROP CONSTRAINT "FK_63433f159bc323de659de980e82"
        `);
    await queryRunner.query(`
            ALTER TABLE "city" DROP CONSTRAINT "FK_87a9f2f376620a007308d662260"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_63433f159bc323de659de980e8"
        `);
    await queryRunner.query(`
            DROP TABLE "kecamatan_total"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_87a9f2f376620a007308d66226"
        `);
    await queryRunner.query(`
            DROP TABLE "city"
        `);
    await queryRunner.query(`
            DROP TABLE "province"
        `);
  }
}
