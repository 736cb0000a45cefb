import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorSetStatus1795823194885 implements MigrationInterface {
  name = 'IndicatorSetStatus1795823194885';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator_set"
            ADD "status" character varying(10) NOT NULL DEFAULT 'PUBLISHED'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator_set" DROP COLUMN "status"
        `);
  }
}
