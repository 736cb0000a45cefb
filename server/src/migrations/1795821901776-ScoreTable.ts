import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreTable1795821901776 implements MigrationInterface {
  name = 'ScoreTable1795821901776';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "kecamatan_score" (
                "periodId" uuid NOT NULL,
                "kecamatanCode" character varying(16) NOT NULL,
                "clusterCode" character varying(16) NOT NULL,
                "basis" character varying(8) NOT NULL,
                "score" double precision NOT NULL,
                "answered" integer NOT NULL,
                "verified" integer NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a5a2a0020127cdbeeb910744078" PRIMARY KEY (
                    "periodId",
                    "kecamatanCode",
                    "clusterCode",
                    "basis"
                )
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c670aefd026b29cff6f9eefa0d" ON "kecamatan_score" ("periodId", "basis")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c670aefd026b29cff6f9eefa0d"
        `);
    await queryRunner.query(`
            DROP TABLE "kecamatan_score"
        `);
  }
}
