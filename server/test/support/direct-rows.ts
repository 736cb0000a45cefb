import type { DataSource } from 'typeorm';
import { answerNearPoints } from '@kecala/domain';
import type { IndicatorEntity } from '../../src/modules/indicator/indicator.entity.js';
import { answerColumnsOf } from '../../src/modules/submission/submission.entity.js';

/*
 * Rows a test writes directly, around the services, to set the scene for what it checks (the
 * paths that write them in the app have their own tests).
 */

/**
 * The answer earning the indicator's maximum as a submission's answer columns; when `verified`,
 * the evaluator's verified columns hold the same answer (else they are empty).
 */
export function maxPointsColumns(indicator: IndicatorEntity, verified: boolean) {
  const values = answerColumnsOf(answerNearPoints(indicator, indicator.maxPoints));
  return {
    ...values,
    verifiedNumerator: verified ? values.numerator : null,
    verifiedDenominator: verified ? values.denominator : null,
    verifiedCount: verified ? values.count : null,
    verifiedYes: verified ? values.yes : null,
    verifiedOption: verified ? values.option : null,
  };
}

/**
 * A DRAFT answer to every indicator of the year (3 for a count, 80 / 100, yes, the first option)
 * from one kecamatan, or from every kecamatan when `kecamatanCode` is null; answers already there
 * are kept.
 */
export async function insertDraftAnswers(dataSource: DataSource, year: number, kecamatanCode: string | null) {
  await dataSource.query(
    `INSERT INTO submission (id, "periodId", "kecamatanCode", "indicatorId", "count", numerator, denominator, yes, "option", version, status)
     SELECT gen_random_uuid(), p.id, k.code, i.id,
            CASE WHEN i."measureType" = 'COUNT' THEN 3 END,
            CASE WHEN i."measureType" = 'PERCENTAGE' THEN 80 END,
            CASE WHEN i."measureType" = 'PERCENTAGE' THEN 100 END,
            CASE WHEN i."measureType" = 'YES_NO' THEN true END,
            CASE WHEN i."measureType" = 'OPTIONS' THEN i."scoringRule"->'options'->0->>'value' END,
            1, 'DRAFT'
     FROM period p JOIN indicator i ON i."indicatorSetId" = p."indicatorSetId" CROSS JOIN kecamatan k
     WHERE p.year = $1 AND ($2::text IS NULL OR k.code = $2)
     ON CONFLICT DO NOTHING`,
    [year, kecamatanCode],
  );
}

/**
 * A file row for every required checklist item of a kecamatan's submissions (of one indicator
 * when `indicatorCode` is given).
 */
export async function attachRequiredEvidence(dataSource: DataSource, kecamatanCode: string, indicatorCode?: string) {
  await dataSource.query(
    `INSERT INTO evidence_file (id, "submissionId", "requirementId", "storageKey", "originalName", "mimeType", "sizeBytes", sha256)
     SELECT gen_random_uuid(), s.id, r.id, gen_random_uuid()::text, 'bukti.pdf', 'application/pdf', 1024, repeat('0', 64)
     FROM submission s JOIN indicator i ON i.id = s."indicatorId" JOIN evidence_requirement r ON r."indicatorId" = i.id AND r.required
     WHERE s."kecamatanCode" = $1 AND ($2::text IS NULL OR i.code = $2)`,
    [kecamatanCode, indicatorCode ?? null],
  );
}
