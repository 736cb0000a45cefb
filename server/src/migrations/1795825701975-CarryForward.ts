import { MigrationInterface, QueryRunner } from 'typeorm';

export class CarryForward1795825701975 implements MigrationInterface {
  name = 'CarryForward1795825701975';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "carriedForwardFromId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "carriedForwardFromYear" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "carriedForwardAnswer" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "carriedForwardPending" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "UQ_384a1a40d64dcf93ecde77c7fce"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_384a1a40d64dcf93ecde77c7fc" ON "evidence_file" ("storageKey")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_384a1a40d64dcf93ecde77c7fc"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "UQ_384a1a40d64dcf93ecde77c7fce" UNIQUE ("storageKey")
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "carriedForwardPending"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "carriedForwardAnswer"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "carriedForwardFromYear"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "carriedForwardFromId"
        `);
  }
}
