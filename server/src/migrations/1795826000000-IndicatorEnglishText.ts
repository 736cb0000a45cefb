import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * English texts of an indicator beside the Bahasa ones (null: not translated, the Bahasa text is
 * shown). Additive only; the seed fills them for KLA-24 where the Bahasa text is still the seeded one.
 */
export class IndicatorEnglishText1795826000000 implements MigrationInterface {
  name = 'IndicatorEnglishText1795826000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "shortNameEn" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "guidanceEn" text
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "numeratorLabelEn" character varying(300)
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "denominatorLabelEn" character varying(300)
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD "unitEn" character varying(100)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "unitEn"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "denominatorLabelEn"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "numeratorLabelEn"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "guidanceEn"
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP COLUMN "shortNameEn"
        `);
  }
}
