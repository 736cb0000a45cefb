import { MigrationInterface, QueryRunner } from 'typeorm';

export class Turnaround1795830000000 implements MigrationInterface {
  name = 'Turnaround1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "holiday" (
                "date" date NOT NULL,
                "name" character varying(120) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "source" text,
                CONSTRAINT "PK_holiday_date" PRIMARY KEY ("date")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "holiday"`);
  }
}
