import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeriodAdministration1795822367561 implements MigrationInterface {
  name = 'PeriodAdministration1795822367561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "period"
            ADD "statusReason" character varying(500)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "period" DROP COLUMN "statusReason"
        `);
  }
}
