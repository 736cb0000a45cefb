import { MigrationInterface, QueryRunner } from 'typeorm';

export class VerificationEvidence1795818234940 implements MigrationInterface {
  name = 'VerificationEvidence1795818234940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "evidence_requirement" (
                "id" uuid NOT NULL,
                "indicatorId" uuid NOT NULL,
                "code" character varying(40) NOT NULL,
                "label" character varying(300) NOT NULL,
                "labelEn" character varying(300) NOT NULL,
                "required" boolean NOT NULL DEFAULT true,
                "sortOrder" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_evidence_requirement_indicator_code" UNIQUE ("indicatorId", "code"),
                CONSTRAINT "PK_ade74d327f796b8c8de88ee678d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6b3042054f93953c35742e52e6" ON "evidence_requirement" ("indicatorId")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence_file" (
                "id" uuid NOT NULL,
                "submissionId" uuid NOT NULL,
                "requirementId" uuid NOT NULL,
                "storageKey" character varying(80) NOT NULL,
                "originalName" character varying(255) NOT NULL,
                "mimeType" character varying(60) NOT NULL,
                "sizeBytes" integer NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "uploadedById" uuid,
                "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "verdict" character varying(20) NOT NULL DEFAULT 'PENDING',
                "verdictReason" text,
                "verdictById" uuid,
                "verdictAt" TIMESTAMP WITH TIME ZONE,
                "removedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_384a1a40d64dcf93ecde77c7fce" UNIQUE ("storageKey"),
                CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5fe089bc3e905054d698b091fb" ON "evidence_file" ("submissionId")
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "statusReason" text
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "statusChangedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "statusChangedById" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "returnedSnapshot" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedNumerator" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedDenominator" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedCount" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedYes" boolean
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedOption" character varying(60)
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verificationNote" text
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "submission"
            ADD "verifiedById" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_requirement"
            ADD CONSTRAINT "FK_6b3042054f93953c35742e52e61" FOREIGN KEY ("indicatorId") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "FK_5fe089bc3e905054d698b091fbd" FOREIGN KEY ("submissionId") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file"
            ADD CONSTRAINT "FK_375d32d134eb77b8266370dbff6" FOREIGN KEY ("requirementId") REFERENCES "evidence_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // The audit trail is append-only: no API, and no stray UPDATE or DELETE, may change it.
    await queryRunner.query(`
            CREATE FUNCTION audit_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries cannot be changed or deleted';
            END;
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_entry_immutable BEFORE UPDATE OR DELETE ON "audit_entry"
            FOR EACH ROW EXECUTE FUNCTION audit_entry_immutable()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_immutable ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION audit_entry_immutable()`);
    await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_375d32d134eb77b8266370dbff6"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_5fe089bc3e905054d698b091fbd"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_requirement" DROP CONSTRAINT "FK_6b3042054f93953c35742e52e61"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedById"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verificationNote"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedOption"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedYes"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedCount"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedDenominator"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "verifiedNumerator"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "returnedSnapshot"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "statusChangedById"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "statusChangedAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "submission" DROP COLUMN "statusReason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5fe089bc3e905054d698b091fb"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_file"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6b3042054f93953c35742e52e6"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_requirement"
        `);
  }
}
