import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountManagement1795822022072 implements MigrationInterface {
  name = 'AccountManagement1795822022072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "mustChangePassword" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "lastLoginAt" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "lastLoginAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "mustChangePassword"
        `);
  }
}
