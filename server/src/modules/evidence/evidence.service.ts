import { randomUUID } from 'node:crypto';
import { mustChangePassword, PASSWORD_CHANGE_REQUIRED_MESSAGE } from '../auth/password-change-guard.js';
import fs from 'node:fs/promises';
import { IsNull } from 'typeorm';
import { validateNote } from '@kecala/domain';
import type { AuthUser, RequestContext } from '../../graphql/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertCanReadKecamatan, canReadKecamatan, reviewRefusal } from '../auth/scope.js';
import { READ_ONLY_MESSAGE } from '../auth/read-only.js';
import { Role } from '../auth/user.entity.js';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import { IndicatorService } from '../indicator/indicator.service.js';
import { Period, PeriodStatus } from '../period/period.entity.js';
import { SubmissionEntity, SubmissionStatus } from '../submission/submission.entity.js';
import { toSubmission } from '../submission/submission.service.js';
import { NO_SCORE_EVENTS, type ScoreEvents } from '../live/score-events.js';
import type { Submission } from '../submission/submission.types.js';
import { FieldError, NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';
import { sanitizeFilename, sha256OfFile, sniffEvidenceType } from './evidence-content.js';
import { EvidenceFileEntity, EvidenceVerdict } from './evidence-file.entity.js';
import { EvidenceRequirementEntity } from './evidence-requirement.entity.js';
import { EvidenceStorage } from './evidence-storage.js';
import { EvidenceErrorCode, EvidenceHttpError, tooLarge, type HttpFieldError } from './evidence.errors.js';
import { EvidenceFile, EvidenceRemoved, type SetEvidenceVerdictInput } from './evidence.types.js';
import { queryEvidenceFiles } from './evidence.loaders.js';

/** Operators change evidence, like answers, only while the submission is a draft or was returned. */
const EVIDENCE_EDITABLE_STATUSES: readonly SubmissionStatus[] = [SubmissionStatus.DRAFT, SubmissionStatus.RETURNED];

/**
 * Evaluators judge evidence while they review: only a SUBMITTED submission. After a return the
 * operator is replacing files (judging them then would race the operator); a VERIFIED one is
 * frozen, and the evaluator reopens it (back to SUBMITTED) to change a verdict.
 */
const VERDICT_STATUSES: readonly SubmissionStatus[] = [SubmissionStatus.SUBMITTED];

/** The Upload-Metadata keys an upload must carry, in the order they are checked. */
const UPLOAD_METADATA_KEYS = ['year', 'kecamatanCode', 'indicatorCode', 'requirementCode', 'filename'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UploadRequest {
  /** tus Upload-Metadata, decoded. */
  metadata: Record<string, string | null | undefined> | undefined;
  /** Upload-Length; undefined when the client deferred it. */
  declaredLength: number | undefined;
  maxBytes: number;
}

/** Where an accepted upload goes: checked against the catalog of its year. */
export interface UploadTarget {
  year: number;
  periodId: string;
  kecamatanCode: string;
  indicator: IndicatorEntity;
  requirement: EvidenceRequirementEntity;
  filename: string;
}

export interface AttachedEvidence {
  evidenceId: string;
  submissionId: string;
  /** The same bytes were already attached to the same item: nothing new was stored. */
  duplicate: boolean;
}

export interface DownloadableEvidence {
  storageKey: string;
  mimeType: string;
  sizeBytes: number;
  originalName: string;
}

type VerdictResult = EvidenceFile | ValidationError | NotAllowedError;
type RemoveResult = EvidenceRemoved | ValidationError | NotAllowedError | PeriodClosedError;

function fieldError(field: string, code: string, message: string): FieldError {
  return Object.assign(new FieldError(), { field, code, message });
}

function evidenceNotFound(): ValidationError {
  return new ValidationError([
    fieldError('evidenceId', 'NOT_FOUND', 'evidenceId does not name an evidence file (or it was removed)'),
  ]);
}

/**
 * Evidence files (bukti dukung): upload checks and attachment, the evaluator's verdicts, removal,
 * download. Every write locks the submission row first (as the verification workflow does), so a
 * status change and an evidence change never interleave, and writes its audit entry in the same
 * transaction.
 */
export class EvidenceService {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly storage: EvidenceStorage,
    private readonly events: ScoreEvents = NO_SCORE_EVENTS,
  ) {}

  /** Submission.evidence: the files not removed, batched per request by the loader. */
  async listForSubmission(
    ctx: RequestContext,
    submission: Pick<Submission, 'id' | 'kecamatanCode'>,
  ): Promise<EvidenceFile[]> {
    assertCanReadKecamatan(ctx, submission.kecamatanCode);
    return ctx.loaders.evidenceBySubmission.load(submission.id);
  }

  /**
   * Everything that can be known before a byte is stored. Order: who (401, 403), the metadata
   * and declared length (400, every problem named), the limit (413), the catalog of the year
   * (400), then the state: period open, submission editable (403: tus clients retry a 409).
   */
  async checkUpload(ctx: RequestContext, request: UploadRequest): Promise<UploadTarget> {
    const user = assertUploader(ctx);
    const fields = readUploadMetadata(request, user);
    const { period, indicator, requirement } = await this.catalogEntriesOf(ctx, fields);
    const submission = await ctx.dataSource.getRepository(SubmissionEntity).findOne({
      select: { id: true, status: true },
      where: { periodId: period.id, kecamatanCode: fields.kecamatanCode, indicatorId: indicator.id },
    });
    if (submission && !EVIDENCE_EDITABLE_STATUSES.includes(submission.status))
      throw submissionLocked(indicator.code, submission.status);
    return {
      year: fields.year,
      periodId: period.id,
      kecamatanCode: fields.kecamatanCode,
      indicator,
      requirement,
      filename: sanitizeFilename(fields.filename),
    };
  }

  /** The upload's indicator and checklist item in the catalog of its year, whose period is open (400, 403). */
  private async catalogEntriesOf(ctx: RequestContext, fields: UploadFields) {
    const { year } = fields;
    // Only "no period for this year" is the client's mistake; a database failure stays a 500.
    const catalog = await this.indicators.catalogForYear(ctx, year).catch((error) => {
      if (error?.extensions?.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (!catalog) throw invalid('year', 'NOT_FOUND', `year ${year} has no evaluation period`);
    const indicator = catalog.indicatorsByCode.get(fields.indicatorCode);
    if (!indicator)
      throw invalid(
        'indicatorCode',
        'NOT_FOUND',
        `indicatorCode ${fields.indicatorCode} is not an indicator of ${year}`,
      );
    const requirements = catalog.requirementsByIndicatorId.get(indicator.id) ?? [];
    const requirement = requirements.find((r) => r.code === fields.requirementCode);
    if (!requirement) {
      throw invalid(
        'requirementCode',
        'NOT_FOUND',
        `requirementCode ${fields.requirementCode} is not an evidence item of ${indicator.code} (expected one of: ${requirements.map((r) => r.code).join(', ')})`,
      );
    }
    if (catalog.period.status !== PeriodStatus.OPEN) {
      throw EvidenceHttpError.field(
        EvidenceErrorCode.PERIOD_CLOSED,
        'year',
        'PERIOD_CLOSED',
        `The evaluation period ${year} is closed; evidence can no longer be changed.`,
      );
    }
    return { period: catalog.period, indicator, requirement };
  }

  /**
   * Attaches a finished upload: checks the caller and the target again (the state may have
   * changed while the bytes travelled), then the content itself (not empty, not over the limit,
   * a PDF, JPEG or PNG by its magic bytes), moves the bytes under a new storage key and records
   * the file — creating the submission (DRAFT, version 1, no answer) when it does not exist yet —
   * with its audit entries in one transaction. On any refusal the bytes are deleted.
   * The same bytes attached twice to one item (a client retrying after a lost response) give the
   * existing file back instead of a copy.
   */
  async attachUpload(
    ctx: RequestContext,
    upload: { metadata: UploadRequest['metadata']; filePath: string; maxBytes: number },
  ): Promise<AttachedEvidence> {
    try {
      const { size } = await fs.stat(upload.filePath);
      if (size === 0) throw invalid('file', 'EMPTY', 'the file is empty');
      if (size > upload.maxBytes) throw tooLarge('file', upload.maxBytes);
      const target = await this.checkUpload(ctx, {
        metadata: upload.metadata,
        declaredLength: size,
        maxBytes: upload.maxBytes,
      });
      const mimeType = await sniffEvidenceType(upload.filePath);
      if (!mimeType) {
        throw EvidenceHttpError.field(
          EvidenceErrorCode.UNSUPPORTED_TYPE,
          'file',
          'UNSUPPORTED_TYPE',
          `"${target.filename}" is not a PDF, JPEG or PNG file (the type is read from the content, not the name).`,
        );
      }
      const sha256 = await sha256OfFile(upload.filePath);
      const storageKey = await this.storage.importFile(upload.filePath);
      let attached: AttachedEvidence;
      try {
        attached = await this.recordUpload(ctx, target, { storageKey, mimeType, sizeBytes: size, sha256 });
      } catch (error) {
        await this.storage.remove(storageKey);
        throw error;
      }
      if (attached.duplicate) await this.storage.remove(storageKey);
      else this.events.announce('EVIDENCE', [target]);
      return attached;
    } finally {
      await fs.rm(upload.filePath, { force: true });
    }
  }

  private recordUpload(
    ctx: RequestContext,
    target: UploadTarget,
    file: { storageKey: string; mimeType: string; sizeBytes: number; sha256: string },
  ): Promise<AttachedEvidence> {
    const user = ctx.user!;
    const key = { periodId: target.periodId, kecamatanCode: target.kecamatanCode, indicatorId: target.indicator.id };
    const where = { indicatorCode: target.indicator.code, year: target.year, kecamatanCode: target.kecamatanCode };
    return ctx.dataSource.transaction(async (manager) => {
      const created = await manager
        .createQueryBuilder()
        .insert()
        .into(SubmissionEntity)
        .values({ id: randomUUID(), ...key, status: SubmissionStatus.DRAFT, version: 1, updatedById: user.id })
        .orIgnore()
        .returning(['id'])
        .execute();
      const submission = await manager.findOneOrFail(SubmissionEntity, {
        where: key,
        lock: { mode: 'pessimistic_write' },
      });
      if (!EVIDENCE_EDITABLE_STATUSES.includes(submission.status))
        throw submissionLocked(target.indicator.code, submission.status);
      if (created.raw.length > 0) {
        await recordAudit(manager, ctx, {
          action: 'SUBMISSION_CREATED',
          entityType: 'Submission',
          entityId: submission.id,
          after: { status: submission.status, version: submission.version, ...where, reason: 'first evidence upload' },
        });
      }
      const same = await manager.findOne(EvidenceFileEntity, {
        select: { id: true },
        where: {
          submissionId: submission.id,
          requirementId: target.requirement.id,
          sha256: file.sha256,
          removedAt: IsNull(),
        },
      });
      if (same) return { evidenceId: same.id, submissionId: submission.id, duplicate: true };

      const id = randomUUID();
      await manager.insert(EvidenceFileEntity, {
        id,
        submissionId: submission.id,
        requirementId: target.requirement.id,
        storageKey: file.storageKey,
        originalName: target.filename,
        mimeType: file.mimeType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        uploadedById: user.id,
        verdict: EvidenceVerdict.PENDING,
      });
      await recordAudit(manager, ctx, {
        action: 'EVIDENCE_UPLOADED',
        entityType: 'EvidenceFile',
        entityId: id,
        after: {
          submissionId: submission.id,
          ...where,
          requirementCode: target.requirement.code,
          originalName: target.filename,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          storageKey: file.storageKey,
        },
      });
      return { evidenceId: id, submissionId: submission.id, duplicate: false };
    });
  }

  /**
   * An evaluator's (or admin's) judgement of one file, while its submission is SUBMITTED
   * (VERDICT_STATUSES). INSUFFICIENT needs a reason; PENDING takes a verdict back.
   */
  async setVerdict(ctx: RequestContext, input: SetEvidenceVerdictInput): Promise<VerdictResult> {
    const refusal = reviewRefusal(ctx);
    if (refusal)
      return new NotAllowedError(
        refusal === READ_ONLY_MESSAGE ? refusal : 'Only evaluators and admins judge evidence.',
      );
    const reason = input.reason == null || input.reason.trim() === '' ? null : input.reason.trim();
    const errors: FieldError[] = [];
    if (!UUID.test(input.evidenceId))
      errors.push(fieldError('evidenceId', 'NOT_FOUND', 'evidenceId does not name an evidence file'));
    if (input.verdict === EvidenceVerdict.INSUFFICIENT && reason == null) {
      errors.push(
        fieldError(
          'reason',
          'REQUIRED',
          'reason is required when the evidence is INSUFFICIENT: say what is missing or wrong',
        ),
      );
    }
    // At most MAX_NOTE_LENGTH (2000) characters, no control characters: the rule of notes.
    errors.push(...validateNote(reason, 'reason').map((e) => fieldError(e.field, e.code, e.message)));
    if (errors.length > 0) return new ValidationError(errors);

    const verdictOutcome = await ctx.dataSource.transaction(
      async (manager): Promise<VerdictResult | { view: EvidenceFile; year: number; kecamatanCode: string }> => {
        const found = await manager.findOne(EvidenceFileEntity, {
          select: { id: true, submissionId: true },
          where: { id: input.evidenceId, removedAt: IsNull() },
        });
        if (!found) return evidenceNotFound();
        const submission = await manager.findOneOrFail(SubmissionEntity, {
          where: { id: found.submissionId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!VERDICT_STATUSES.includes(submission.status)) {
          return new NotAllowedError(
            `Evidence is judged only while its submission is SUBMITTED; this one is ${submission.status}.`,
          );
        }
        const file = await manager.findOne(EvidenceFileEntity, {
          where: { id: found.id, removedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        });
        if (!file) return evidenceNotFound();
        const judged =
          input.verdict === EvidenceVerdict.PENDING
            ? { verdict: input.verdict, verdictReason: null, verdictById: null, verdictAt: null }
            : { verdict: input.verdict, verdictReason: reason, verdictById: ctx.user!.id, verdictAt: new Date() };
        await manager.update(EvidenceFileEntity, { id: file.id }, judged);
        await recordAudit(manager, ctx, {
          action: 'EVIDENCE_VERDICT_SET',
          entityType: 'EvidenceFile',
          entityId: file.id,
          before: { verdict: file.verdict, verdictReason: file.verdictReason },
          after: {
            verdict: judged.verdict,
            verdictReason: judged.verdictReason,
            submissionId: submission.id,
            kecamatanCode: submission.kecamatanCode,
          },
        });
        const [view] = await queryEvidenceFiles(manager, { ids: [file.id] });
        const period = await manager.findOneByOrFail(Period, { id: submission.periodId });
        return { view, year: period.year, kecamatanCode: submission.kecamatanCode };
      },
    );
    if (!('view' in verdictOutcome)) return verdictOutcome;
    this.events.announce('EVIDENCE', [verdictOutcome]);
    return verdictOutcome.view;
  }

  /**
   * The operator of the kecamatan removes a file while the submission is editable and the period
   * open: the row stays (removedAt set) for the audit trail, the bytes are deleted once the
   * removal has committed.
   */
  async remove(ctx: RequestContext, evidenceId: string): Promise<RemoveResult> {
    if (ctx.user?.role !== Role.OPERATOR)
      return new NotAllowedError('Only the operator of a kecamatan removes its evidence.');
    if (!UUID.test(evidenceId)) return evidenceNotFound();
    const outcome = await ctx.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(EvidenceFileEntity, {
        select: { id: true, submissionId: true },
        where: { id: evidenceId, removedAt: IsNull() },
      });
      if (!found) return evidenceNotFound();
      const submission = await manager.findOneOrFail(SubmissionEntity, {
        where: { id: found.submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (submission.kecamatanCode !== ctx.user!.kecamatanCode) {
        return new NotAllowedError(`You may only remove evidence of your own kecamatan (${ctx.user!.kecamatanCode}).`);
      }
      const period = await manager.findOneByOrFail(Period, { id: submission.periodId });
      if (period.status !== PeriodStatus.OPEN) return new PeriodClosedError(period.year);
      if (!EVIDENCE_EDITABLE_STATUSES.includes(submission.status)) {
        return new NotAllowedError(
          `Evidence can be changed only while the submission is DRAFT or RETURNED; this one is ${submission.status}.`,
        );
      }
      const file = await manager.findOne(EvidenceFileEntity, {
        where: { id: found.id, removedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!file) return evidenceNotFound();
      const removedAt = new Date();
      await manager.update(EvidenceFileEntity, { id: file.id }, { removedAt });
      await recordAudit(manager, ctx, {
        action: 'EVIDENCE_REMOVED',
        entityType: 'EvidenceFile',
        entityId: file.id,
        before: {
          removedAt: null,
          verdict: file.verdict,
          originalName: file.originalName,
          sha256: file.sha256,
          storageKey: file.storageKey,
        },
        after: {
          removedAt: removedAt.toISOString(),
          submissionId: submission.id,
          kecamatanCode: submission.kecamatanCode,
        },
      });
      const current = await manager.findOneOrFail(SubmissionEntity, {
        where: { id: submission.id },
        relations: { updatedBy: true, indicator: true },
      });
      const removed = Object.assign(new EvidenceRemoved(), {
        evidenceId: file.id,
        submission: toSubmission(current, period.year, current.indicator),
      });
      // A carried-forward file shares its bytes with the earlier year's row: keep them while any row still uses them.
      const shared = await manager.exists(EvidenceFileEntity, {
        where: { storageKey: file.storageKey, removedAt: IsNull() },
      });
      return { removed, storageKey: shared ? null : file.storageKey };
    });
    if (!('removed' in outcome)) return outcome;
    this.events.announce('EVIDENCE', [outcome.removed.submission]);
    // After the commit: a failed delete leaves an orphan file (logged), never a row without bytes.
    if (outcome.storageKey)
      await this.storage
        .remove(outcome.storageKey)
        .catch((error) =>
          console.error(`[request ${ctx.requestId}] could not delete evidence bytes ${outcome.storageKey}`, error),
        );
    return outcome.removed;
  }

  /** GET /evidence/:id: 401 anonymous, 404 unknown or removed, 403 another kecamatan's operator. */
  async findForDownload(ctx: RequestContext, evidenceId: string): Promise<DownloadableEvidence> {
    if (!ctx.user)
      throw new EvidenceHttpError(
        EvidenceErrorCode.UNAUTHENTICATED,
        'Sign in first: send the session cookie or "Authorization: Bearer <token>".',
      );
    const notFound = () =>
      EvidenceHttpError.field(
        EvidenceErrorCode.NOT_FOUND,
        'id',
        'NOT_FOUND',
        'No evidence file with this id (or it was removed).',
      );
    if (!UUID.test(evidenceId)) throw notFound();
    const file = await ctx.dataSource
      .getRepository(EvidenceFileEntity)
      .findOne({ where: { id: evidenceId }, relations: { submission: true } });
    if (!file || file.removedAt) throw notFound();
    if (!canReadKecamatan(ctx, file.submission.kecamatanCode)) {
      throw new EvidenceHttpError(
        EvidenceErrorCode.NOT_ALLOWED,
        `You may not read evidence of kecamatan ${file.submission.kecamatanCode}.`,
      );
    }
    // Evidence can hold children's personal data (cluster V cases): every read is on the audit
    // trail, written before the bytes are sent so that no read goes unrecorded.
    await recordAudit(ctx.dataSource.manager, ctx, {
      action: 'EVIDENCE_DOWNLOADED',
      entityType: 'EvidenceFile',
      entityId: file.id,
      after: {
        kecamatanCode: file.submission.kecamatanCode,
        submissionId: file.submissionId,
        originalName: file.originalName,
      },
    });
    return {
      storageKey: file.storageKey,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      originalName: file.originalName,
    };
  }
}

/** An upload's Upload-Metadata, trimmed ('' where a key is missing). */
interface UploadFields {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
  requirementCode: string;
  filename: string;
}

/** Who uploads: a signed-in operator (401, 403) whose password set by an admin was changed. */
function assertUploader(ctx: RequestContext): AuthUser {
  const user = ctx.user;
  if (!user)
    throw new EvidenceHttpError(
      EvidenceErrorCode.UNAUTHENTICATED,
      'Sign in first: send the session cookie or "Authorization: Bearer <token>".',
    );
  if (user.role !== Role.OPERATOR)
    throw new EvidenceHttpError(
      EvidenceErrorCode.NOT_ALLOWED,
      'Only the operator of a kecamatan uploads its evidence.',
    );
  // Like every GraphQL mutation: a password set by an admin must be changed first.
  if (mustChangePassword(ctx))
    throw new EvidenceHttpError(EvidenceErrorCode.NOT_ALLOWED, PASSWORD_CHANGE_REQUIRED_MESSAGE);
  return user;
}

/**
 * The metadata and the declared length: another kecamatan is refused at once (403), every other
 * problem named together (400), then the limit (413).
 */
function readUploadMetadata(request: UploadRequest, user: AuthUser): UploadFields {
  const metadata = request.metadata ?? {};
  const value = (key: string) => (typeof metadata[key] === 'string' ? metadata[key]!.trim() : '');
  const errors: HttpFieldError[] = [];
  for (const key of UPLOAD_METADATA_KEYS) {
    if (value(key) === '')
      errors.push({ field: key, code: 'REQUIRED', message: `${key} is required in Upload-Metadata` });
  }
  const kecamatanCode = value('kecamatanCode');
  if (kecamatanCode !== '' && kecamatanCode !== user.kecamatanCode) {
    throw EvidenceHttpError.field(
      EvidenceErrorCode.NOT_ALLOWED,
      'kecamatanCode',
      'NOT_ALLOWED',
      `You may only upload evidence for your own kecamatan (${user.kecamatanCode}).`,
    );
  }
  if (value('year') !== '' && !/^\d{4}$/.test(value('year'))) {
    errors.push({ field: 'year', code: 'NOT_AN_INTEGER', message: 'year must be a four-digit year, e.g. 2026' });
  }
  errors.push(...declaredLengthErrors(request.declaredLength));
  if (errors.length > 0) throw EvidenceHttpError.validation(errors);
  if (request.declaredLength! > request.maxBytes) throw tooLarge('Upload-Length', request.maxBytes);
  return {
    year: Number(value('year')),
    kecamatanCode,
    indicatorCode: value('indicatorCode'),
    requirementCode: value('requirementCode'),
    filename: value('filename'),
  };
}

function declaredLengthErrors(declaredLength: number | undefined): HttpFieldError[] {
  if (declaredLength === undefined) {
    return [
      {
        field: 'Upload-Length',
        code: 'REQUIRED',
        message: 'Upload-Length is required (a deferred length is not accepted)',
      },
    ];
  }
  if (declaredLength <= 0) {
    return [
      { field: 'Upload-Length', code: 'EMPTY', message: 'Upload-Length must be greater than 0: the file is empty' },
    ];
  }
  return [];
}

function invalid(field: string, code: string, message: string): EvidenceHttpError {
  return EvidenceHttpError.validation([{ field, code, message }]);
}

function submissionLocked(indicatorCode: string, status: SubmissionStatus): EvidenceHttpError {
  return EvidenceHttpError.field(
    EvidenceErrorCode.SUBMISSION_LOCKED,
    'indicatorCode',
    'SUBMISSION_LOCKED',
    `The answer to ${indicatorCode} is ${status}; evidence can be changed only while it is DRAFT or RETURNED.`,
  );
}
