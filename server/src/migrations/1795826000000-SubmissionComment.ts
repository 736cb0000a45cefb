import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionComment1795826000000 implements MigrationInterface {
  name = 'SubmissionComment1795826000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "submission_comment" (
                "id" uuid NOT NULL,
                "submissionId" uuid NOT NULL,
                "authorId" uuid NOT NULL,
                "authorRole" character varying(12) NOT NULL,
                "body" character varying(2000) NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolvedAt" TIMESTAMP WITH TIME ZONE,
                "resolvedById" uuid,
                CONSTRAINT "PK_submission_comment" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_submission_comment_submission_created" ON "submission_comment" ("submissionId", "createdAt")
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_comment"
            ADD CONSTRAINT "FK_submission_comment_submission" FOREIGN KEY ("submissionId") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_comment"
            ADD CONSTRAINT "FK_submission_comment_author" FOREIGN KEY ("authorId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "submission_comment"
            ADD CONSTRAINT "FK_submission_comment_resolver" FOREIGN KEY ("resolvedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "submission_comment"
        `);
  }
}
