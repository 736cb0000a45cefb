import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpreadsheetImport1795825691081 implements MigrationInterface {
  name = 'SpreadsheetImport1795825691081';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "import_batch" (
                "id" uuid NOT NULL,
                "userId" uuid NOT NULL,
                "periodId" uuid NOT NULL,
                "year" integer NOT NULL,
                "kecamatanCodes" jsonb NOT NULL,
                "rows" jsonb NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "appliedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_503ad5c80e10a2c5c9051e8edb" ON "import_batch" ("expiresAt")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_503ad5c80e10a2c5c9051e8edb"
        `);
    await queryRunner.query(`
            DROP TABLE "import_batch"
        `);
  }
}
