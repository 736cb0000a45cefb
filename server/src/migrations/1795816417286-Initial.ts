import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795816417286 implements MigrationInterface {
  name = 'Initial1795816417286';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "kelurahan" (
                "code" character varying(20) NOT NULL,
                "name" character varying(100) NOT NULL,
                "kecamatanCode" character varying(16) NOT NULL,
                CONSTRAINT "PK_e884feb749e765b60e1570d6b13" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2540f212c8a61cf7431c8a17d2" ON "kelurahan" ("kecamatanCode")
        `);
    await queryRunner.query(`
            CREATE TABLE "kecamatan" (
                "code" character varying(16) NOT NULL,
                "name" character varying(100) NOT NULL,
                "alternativeName" character varying(100),
                "cityCode" character varying(16) NOT NULL,
                CONSTRAINT "PK_cb9809a2f91021981e48b06ad64" PRIMARY KEY ("code")
            );
            COMMENT ON COLUMN "kecamatan"."cityCode" IS 'Kemendagri code of the kabupaten/kota, e.g. 32.75'
        `);
    await queryRunner.query(`
            CREATE TABLE "cluster" (
                "code" character varying(8) NOT NULL,
                "name" character varying(200) NOT NULL,
                "nameEn" character varying(200) NOT NULL,
                "sortOrder" integer NOT NULL,
                CONSTRAINT "PK_e70b4db9517e6aba67587991965" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "indicator" (
                "id" uuid NOT NULL,
                "indicatorSetId" uuid NOT NULL,
                "clusterCode" character varying(8) NOT NULL,
                "number" integer NOT NULL,
                "code" character varying(20) NOT NULL,
                "shortName" character varying(200) NOT NULL,
                "name" text NOT NULL,
                "nameEn" text NOT NULL,
                "measureType" character varying(20) NOT NULL,
                "direction" character varying(20) NOT NULL,
                "guidance" text NOT NULL DEFAULT '',
                "numeratorLabel" character varying(300),
                "denominatorLabel" character varying(300),
                "unit" character varying(100),
                "maxPoints" integer NOT NULL,
                "scoringRule" jsonb NOT NULL,
                CONSTRAINT "UQ_indicator_set_number" UNIQUE ("indicatorSetId", "number"),
                CONSTRAINT "UQ_indicator_set_code" UNIQUE ("indicatorSetId", "code"),
                CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "indicator_set" (
                "id" uuid NOT NULL,
                "code" character varying(40) NOT NULL,
                "name" character varying(200) NOT NULL,
                "source" text NOT NULL DEFAULT '',
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_9a0fd85709fda71a61d5a175714" UNIQUE ("code"),
                CONSTRAINT "PK_47fffc2622781087b69295e3730" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "period" (
                "id" uuid NOT NULL,
                "year" integer NOT NULL,
                "status" character varying(10) NOT NULL,
                "deadline" TIMESTAMP WITH TIME ZONE,
                "indicatorSetId" uuid NOT NULL,
                CONSTRAINT "UQ_dfa50d5e103e63d48b221f17c9b" UNIQUE ("year"),
                CONSTRAINT "PK_cabecec858892ab647cd28673b8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL,
                "username" character varying(60) NOT NULL,
                "displayName" character varying(200) NOT NULL,
                "passwordHash" character varying(200) NOT NULL,
                "role" character varying(12) NOT NULL,
                "kecamatanCode" character varying(16),
                "active" boolean NOT NULL DEFAULT true,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "submission" (
                "id" uuid NOT NULL,
                "periodId" uuid NOT NULL,
                "kecamatanCode" character varying(16) NOT NULL,
                "indicatorId" uuid NOT NULL,
                "numerator" integer,
                "denominator" integer,
                "count" integer,
                "yes" boolean,
                "option" character varying(60),
                "note" text,
                "status" character varying(20) NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL,
                "updatedById" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_submission_period_kecamatan_indicator" UNIQUE ("periodId", "kecamatanCode", "indicatorId"),
                CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_95d7d755221576a5ca7c46b26c" ON "submission" ("periodId", "kecamatanCode")
        `);
    await queryRunner.query(`
            CREATE TABLE "session" (
                "tokenHash" character varying(64) NOT NULL,
                "userId" uuid NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_ff3b5bfd0767bd32942e5ccaad0" PRIMARY KEY ("tokenHash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "userId" uuid,
                "username" character varying(60),
                "role" character varying(12),
                "action" character varying(60) NOT NULL,
                "entityType" character varying(60) NOT NULL,
                "entityId" character varying(100) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4ab466a7d06ff8d7c903d90248" ON "audit_entry" ("entityType", "entityId")
        `);
    await queryRunner.query(`
            ALTER TABLE "kelurahan"
            ADD CONSTRAINT "FK_2540f212c8a61cf7431c8a17d2f" FOREIGN KEY ("kecamatanCode") REFERENCES "kecamatan"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD CONSTRAINT "FK_38efaabdf21df095f0ec6168efb" FOREIGN KEY ("indicatorSetId") REFERENCES "indicator_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD CONSTRAINT "FK_a3b82ab110ee7709365020ab66a" FOREIGN KEY ("clusterCode") REFERENCES "cluster"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "period"
            ADD CONSTRAINT "FK_6207da8d75d4dba2f634b7a849f" FOREIGN KEY ("indicatorSetId") REFERENCES "indicator_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_6808d51765ec937cd8bd162755e" FOREIGN KEY ("kecamatanCode") REFERENCES "kecamatan"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_35645499009d5d7b979704251f1" FOREIGN KEY ("periodId") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_9f9c937c7c1b654ad1195f0a209" FOREIGN KEY ("kecamatanCode") REFERENCES "kecamatan"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_659372924f82bcbd3e38837180f" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_b4baacf02a9df2d6905b3d0f3e6" FOREIGN KEY ("updatedById") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_b4baacf02a9df2d6905b3d0f3e6"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_659372924f82bcbd3e38837180f"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_9f9c937c7c1b654ad1195f0a209"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_35645499009d5d7b979704251f1"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_6808d51765ec937cd8bd162755e"
        `);
    await queryRunner.query(`
            ALTER TABLE "period" DROP CONSTRAINT "FK_6207da8d75d4dba2f634b7a849f"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP CONSTRAINT "FK_a3b82ab110ee7709365020ab66a"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP CONSTRAINT "FK_38efaabdf21df095f0ec6168efb"
        `);
    await queryRunner.query(`
            ALTER TABLE "kelurahan" DROP CONSTRAINT "FK_2540f212c8a61cf7431c8a17d2f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4ab466a7d06ff8d7c903d90248"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"
        `);
    await queryRunner.query(`
            DROP TABLE "session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_95d7d755221576a5ca7c46b26c"
        `);
    await queryRunner.query(`
            DROP TABLE "submission"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP TABLE "period"
        `);
    await queryRunner.query(`
            DROP TABLE "indicator_set"
        `);
    await queryRunner.query(`
            DROP TABLE "indicator"
        `);
    await queryRunner.query(`
            DROP TABLE "cluster"
        `);
    await queryRunner.query(`
            DROP TABLE "kecamatan"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2540f212c8a61cf7431c8a17d2"
        `);
    await queryRunner.query(`
            DROP TABLE "kelurahan"
        `);
  }
}
