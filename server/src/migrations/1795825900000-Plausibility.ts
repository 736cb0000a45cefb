import { MigrationInterface, QueryRunner } from 'typeorm';

/** Plausibility rules stored with each indicator, and the operator's confirmation note on a submission. */
export class Plausibility1795825900000 implements MigrationInterface {
  name = 'Plausibility1795825900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "plausibilityRule" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "plausibilityNote" text
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "plausibilityNote"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "plausibilityRule"
        `);
  }
}
