import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795830100000 implements MigrationInterface {
  name = 'Notifications1795830100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL,
                "userId" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "params" jsonb NOT NULL,
                "link" character varying(300) NOT NULL,
                "dedupeKey" character varying(200),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "readAt" TIMESTAMP WITH TIME ZONE,
                "emailPending" boolean NOT NULL DEFAULT false,
                CONSTRAINT "UQ_notification_user_dedupe" UNIQUE ("userId", "dedupeKey"),
                CONSTRAINT "PK_notification_id" PRIMARY KEY ("id"),
                CONSTRAINT "FK_notification_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_notification_user_created" ON "notification" ("userId", "createdAt")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_email_pending" ON "notification" ("userId") WHERE "emailPending"`,
    );
    await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "userId" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "email" boolean NOT NULL,
                CONSTRAINT "PK_notification_preference" PRIMARY KEY ("userId", "kind"),
                CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_mailbox" (
                "userId" uuid NOT NULL,
                "email" character varying(254),
                "attempts" integer NOT NULL DEFAULT 0,
                "lastAttemptAt" TIMESTAMP WITH TIME ZONE,
                "lastSentAt" TIMESTAMP WITH TIME ZONE,
                "nextAttemptAt" TIMESTAMP WITH TIME ZONE,
                "lastError" text,
                CONSTRAINT "PK_notification_mailbox" PRIMARY KEY ("userId"),
                CONSTRAINT "FK_notification_mailbox_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_mailbox"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
