import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1795820076156 implements MigrationInterface {
  name = 'LoginThrottle1795820076156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "login_throttle" (
                "key" character varying(120) NOT NULL,
                "failures" integer NOT NULL DEFAULT '0',
                "lastFailureAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "lockedUntil" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "login_throttle"
        `);
  }
}
