import { MigrationInterface, QueryRunner } from 'typeorm';

export class Insight1795820788445 implements MigrationInterface {
  name = 'Insight1795820788445';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "setting" (
                "key" character varying(100) NOT NULL,
                "value" jsonb NOT NULL,
                "description" character varying(500) NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1c4c95d773004250c157a744d6e" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "period"
            ADD "demo" boolean NOT NULL DEFAULT false
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "period" DROP COLUMN "demo"
        `);
    await queryRunner.query(`
            DROP TABLE "setting"
        `);
  }
}
