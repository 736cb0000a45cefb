import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntegratorAccounts1795825689072 implements MigrationInterface {
  name = 'IntegratorAccounts1795825689072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD "userId" uuid
        `);
    // Each existing token was one system's credential: give each its own INTEGRATOR account,
    // with the token's id (so earlier audit entries, written with the token's id, name it),
    // the token's name, no usable password (argon2 never verifies "!") and no kecamatan.
    await queryRunner.query(`
            INSERT INTO "app_user" ("id", "username", "displayName", "passwordHash", "role", "kecamatanCode", "active", "mustChangePassword", "lastLoginAt", "createdAt")
            SELECT t."id", 'integrator-' || substr(replace(t."id"::text, '-', ''), 1, 12), left(t."name", 200), '!', 'INTEGRATOR', NULL, true, false, t."lastUsedAt", t."createdAt"
            FROM "api_token" t
        `);
    await queryRunner.query(`
            UPDATE "api_token" SET "userId" = "id"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ALTER COLUMN "userId" SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token"
            ADD CONSTRAINT "FK_cbfc4e2b85b78207afb0b2d7fbc" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_token" DROP CONSTRAINT "FK_cbfc4e2b85b78207afb0b2d7fbc"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_token" DROP COLUMN "userId"
        `);
    await queryRunner.query(`
            DELETE FROM "app_user" WHERE "role" = 'INTEGRATOR'
        `);
  }
}
