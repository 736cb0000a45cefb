import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntegratorApi1795820252386 implements MigrationInterface {
  name = 'IntegratorApi1795820252386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "api_token" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "tokenHash" character varying(64) NOT NULL,
                "createdById" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revokedAt" TIMESTAMP WITH TIME ZONE,
                "lastUsedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_b8d5076cd3f3572829943b3f8ad" UNIQUE ("tokenHash"),
                CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submission_updated_at_id" ON "submission" ("updatedAt", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD CONSTRAINT "FK_4d104f3172f053c6ac943241e6e" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_token" DROP CONSTRAINT "FK_4d104f3172f053c6ac943241e6e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_submission_updated_at_id"
        `);
    await queryRunner.query(`
            DROP TABLE "api_token"
        `);
  }
}
