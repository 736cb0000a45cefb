import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { canReadKecamatan, readsAllKecamatan } from '../auth/scope.js';
import type { Catalog, IndicatorService } from '../indicator/indicator.service.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import { EvidenceVerdict } from '../evidence/evidence-file.entity.js';
import { SubmissionEntity } from '../submission/submission.entity.js';

/** What one dossier covers: one kecamatan, one cluster across the city, or the whole city, of a year. */
export type DossierScope =
  | { kind: 'kecamatan'; year: number; kecamatanCode: string }
  | { kind: 'cluster'; year: number; clusterCode: string }
  | { kind: 'city'; year: number };

export interface DossierKecamatan {
  code: string;
  name: string;
}

/** One indicator of one kecamatan: its answer row (null while unanswered) and who verified it. */
export interface DossierAnswer {
  kecamatan: DossierKecamatan;
  indicator: IndicatorEntity;
  submission: SubmissionEntity | null;
  verifierName: string | null;
  updaterName: string | null;
}

/** An accepted evidence file, with where its bytes are and what the uploader called it. */
export interface DossierEvidence {
  id: string;
  kecamatan: DossierKecamatan;
  indicator: IndicatorEntity;
  requirementCode: string;
  requirementLabel: string;
  originalName: string;
  storageKey: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  verdictAt: Date | null;
  verdictByName: string | null;
}

export interface DossierContent {
  scope: DossierScope;
  catalog: Catalog;
  kecamatans: DossierKecamatan[];
  answers: DossierAnswer[];
  evidence: DossierEvidence[];
}

type AnswerRow = Partial<SubmissionEntity> & {
  k_code: string;
  k_name: string;
  verifierName: string | null;
  updaterName: string | null;
};

interface EvidenceRow {
  id: string;
  kecamatanCode: string;
  indicatorId: string;
  requirementCode: string;
  requirementLabel: string;
  originalName: string;
  storageKey: string;
  mimeType: string;
  sizeBytes: string | number;
  sha256: string;
  uploadedAt: Date | string;
  verdictAt: Date | string | null;
  verdictByName: string | null;
}

// The kecamatan of the scope with their answers of the period (none: one row without an id).
const ANSWERS_SQL = `SELECT k.code AS "k_code", k.name AS "k_name", s.*,
    v."displayName" AS "verifierName", u."displayName" AS "updaterName"
  FROM "kecamatan" k
  LEFT JOIN "submission" s ON s."kecamatanCode" = k.code AND s."periodId" = period_of_year."period_id"
  LEFT JOIN "app_user" v ON v."id" = s."verifiedById"
  LEFT JOIN "app_user" u ON u."id" = s."updatedById"
  WHERE $2::varchar IS NULL OR k.code = $2`;

// Accepted, not removed files of the scope, in the order the ZIP lists them.
const EVIDENCE_SQL = `SELECT f."id", s."kecamatanCode", s."indicatorId", r."code" AS "requirementCode",
    r."label" AS "requirementLabel", f."originalName", f."storageKey", f."mimeType", f."sizeBytes", f."sha256",
    f."uploadedAt", f."verdictAt", j."displayName" AS "verdictByName"
  FROM "evidence_file" f
  JOIN "submission" s ON s."id" = f."submissionId"
  JOIN "indicator" i ON i."id" = s."indicatorId"
  JOIN "evidence_requirement" r ON r."id" = f."requirementId"
  LEFT JOIN "app_user" j ON j."id" = f."verdictById"
  WHERE s."periodId" = $1 AND f."removedAt" IS NULL AND f."verdict" = $2
    AND ($3::varchar IS NULL OR s."kecamatanCode" = $3) AND ($4::varchar IS NULL OR i."clusterCode" = $4)
  ORDER BY i."number", r."sortOrder", r."code", s."kecamatanCode", f."uploadedAt", f."id"`;

/**
 * Reads what a dossier holds in a constant number of statements (the period with the scope's
 * answers, then its accepted files; the catalog from the cache once its set is frozen), whatever
 * the number of kecamatan, answers or files.
 */
export class DossierService {
  constructor(private readonly indicators: IndicatorService) {}

  /** Operators: their own kecamatan only; evaluators, admins and API tokens: every scope. */
  authorize(ctx: RequestContext, scope: DossierScope): void {
    if (scope.kind === 'kecamatan') {
      if (!canReadKecamatan(ctx, scope.kecamatanCode))
        throw forbidden(`You may not read data of kecamatan ${scope.kecamatanCode}.`);
    } else if (!readsAllKecamatan(ctx)) {
      throw forbidden('Only evaluators and admins take a dossier of a cluster or of the whole city.');
    }
  }

  async read(ctx: RequestContext, scope: DossierScope): Promise<DossierContent> {
    this.authorize(ctx, scope);
    const kecamatanCode = scope.kind === 'kecamatan' ? scope.kecamatanCode : null;
    const clusterCode = scope.kind === 'cluster' ? scope.clusterCode : null;
    const { catalog, rows } = await this.indicators.catalogForYearWith<AnswerRow>(ctx, scope.year, {
      sql: ANSWERS_SQL,
      params: [kecamatanCode],
    });
    if (kecamatanCode && rows.length === 0) throw notFound('kecamatanCode', `unknown kecamatan ${kecamatanCode}`);
    if (clusterCode && !catalog.clusters.some((c) => c.code === clusterCode))
      throw notFound('clusterCode', `no cluster ${clusterCode} in the indicator set of ${scope.year}`);
    const inScope = (indicator: IndicatorEntity) => !clusterCode || indicator.clusterCode === clusterCode;

    const kecamatans = new Map<string, DossierKecamatan>();
    for (const row of rows) kecamatans.set(row.k_code, { code: row.k_code, name: row.k_name });
    const answered = new Map<string, AnswerRow>();
    for (const row of rows) if (row.id) answered.set(`${row.k_code}|${row.indicatorId}`, row);
    const sorted = [...kecamatans.values()].sort((a, b) => a.code.localeCompare(b.code));
    const indicators = catalog.indicators.filter(inScope);
    const answers = sorted.flatMap((kecamatan) =>
      indicators.map((indicator) => answerOf(kecamatan, indicator, answered.get(`${kecamatan.code}|${indicator.id}`))),
    );

    const fileRows: EvidenceRow[] = await ctx.dataSource.query(EVIDENCE_SQL, [
      catalog.period.id,
      EvidenceVerdict.ACCEPTED,
      kecamatanCode,
      clusterCode,
    ]);
    const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
    const evidence = fileRows
      .filter((row) => byId.has(row.indicatorId) && kecamatans.has(row.kecamatanCode))
      .map((row) => evidenceOf(row, kecamatans.get(row.kecamatanCode)!, byId.get(row.indicatorId)!));
    return { scope, catalog, kecamatans: sorted, answers, evidence };
  }
}

function answerOf(kecamatan: DossierKecamatan, indicator: IndicatorEntity, row: AnswerRow | undefined): DossierAnswer {
  if (!row) return { kecamatan, indicator, submission: null, verifierName: null, updaterName: null };
  const { k_code: _code, k_name: _name, verifierName, updaterName, ...columns } = row;
  return {
    kecamatan,
    indicator,
    submission: Object.assign(new SubmissionEntity(), columns),
    verifierName,
    updaterName,
  };
}

function evidenceOf(row: EvidenceRow, kecamatan: DossierKecamatan, indicator: IndicatorEntity): DossierEvidence {
  return {
    id: row.id,
    kecamatan,
    indicator,
    requirementCode: row.requirementCode,
    requirementLabel: row.requirementLabel,
    originalName: row.originalName,
    storageKey: row.storageKey,
    mimeType: row.mimeType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    uploadedAt: new Date(row.uploadedAt),
    verdictAt: row.verdictAt == null ? null : new Date(row.verdictAt),
    verdictByName: row.verdictByName,
  };
}
