import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { loadHolidaySet } from './holiday.service.js';
import { figureOf, groupIntervals } from './turnaround-figures.js';
import { intervalsOfAll, type TurnaroundInterval, type WorkflowAction } from './turnaround-intervals.js';
import { Turnaround, TurnaroundFigure, TurnaroundGroup } from './turnaround.types.js';

/** The workflow events whose times make the figures, from the audit trail. */
const ACTION: Record<string, WorkflowAction> = {
  SUBMISSION_SUBMITTED: 'SUBMITTED',
  SUBMISSION_RETURNED: 'RETURNED',
  SUBMISSION_VERIFIED: 'VERIFIED',
  SUBMISSION_REOPENED: 'REOPENED',
};

interface EventRow {
  submissionId: string;
  action: string;
  at: Date;
  userId: string | null;
  kecamatanCode: string;
  kecamatanName: string;
  clusterCode: string;
  clusterName: string;
  clusterOrder: number;
}

export interface TurnaroundFilter {
  year: number;
  kecamatanCode: string | null;
  clusterCode: string | null;
}

/** One statement: every workflow event of the year's (filtered) submissions, in time order per submission. */
async function loadEvents(manager: EntityManager, filter: TurnaroundFilter): Promise<EventRow[]> {
  return manager.query(
    `SELECT s.id AS "submissionId", a.action, a.at, a."userId", s."kecamatanCode", k.name AS "kecamatanName",
            i."clusterCode", c.name AS "clusterName", c."sortOrder" AS "clusterOrder"
     FROM submission s
     JOIN period p ON p.id = s."periodId" AND p.year = $1
     JOIN indicator i ON i.id = s."indicatorId"
     JOIN cluster c ON c.code = i."clusterCode"
     JOIN kecamatan k ON k.code = s."kecamatanCode"
     JOIN audit_entry a ON a."entityType" = 'Submission' AND a."entityId" = s.id::text
      AND a.action = ANY($4::varchar[])
     WHERE ($2::varchar IS NULL OR s."kecamatanCode" = $2) AND ($3::varchar IS NULL OR i."clusterCode" = $3)
     ORDER BY s.id, a.at, a.id`,
    [filter.year, filter.kecamatanCode, filter.clusterCode, Object.keys(ACTION)],
  );
}

function toFigure(values: ReturnType<typeof figureOf>): TurnaroundFigure {
  return Object.assign(new TurnaroundFigure(), values);
}

/**
 * Turnaround figures: from submitted (or reopened) to verified or returned, and from returned to
 * resubmitted, in working days. Three statements (holidays, events, evaluator names) whatever the
 * number of submissions; the clock is injectable so tests fix "now" for what is still waiting.
 */
export class TurnaroundService {
  constructor(private readonly clock: () => Date = () => new Date()) {}

  async turnaround(ctx: RequestContext, input: TurnaroundFilter): Promise<Turnaround> {
    const operator = ctx.user?.role === Role.OPERATOR;
    const filter = { ...input, kecamatanCode: input.kecamatanCode ?? (operator ? ctx.user!.kecamatanCode : null) };
    if (filter.kecamatanCode) assertCanReadKecamatan(ctx, filter.kecamatanCode);
    else if (operator) throw forbidden('An operator reads only its own kecamatan.');
    const manager = ctx.dataSource.manager;
    const [holidays, rows] = await Promise.all([loadHolidaySet(manager), loadEvents(manager, filter)]);
    const intervals = intervalsOfAll(
      rows.map((r) => ({
        submissionId: r.submissionId,
        action: ACTION[r.action],
        at: new Date(r.at),
        userId: r.userId,
      })),
    );
    const now = this.clock();
    const info = new Map(rows.map((r) => [r.submissionId, r]));
    const group = (code: string, name: string, list: readonly TurnaroundInterval[]) =>
      Object.assign(new TurnaroundGroup(), {
        code,
        name,
        decision: toFigure(figureOf(list, 'DECISION', holidays, now)),
        resubmission: toFigure(figureOf(list, 'RESUBMISSION', holidays, now)),
      });
    const byKecamatan = [...groupIntervals(intervals, (i) => info.get(i.submissionId)!.kecamatanCode)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, list]) => group(code, info.get(list[0].submissionId)!.kecamatanName, list));
    const byCluster = [...groupIntervals(intervals, (i) => info.get(i.submissionId)!.clusterCode)]
      .map(([code, list]) => ({ code, list, row: info.get(list[0].submissionId)! }))
      .sort((a, b) => a.row.clusterOrder - b.row.clusterOrder)
      .map(({ code, list, row }) => group(code, row.clusterName, list));
    const byEvaluator = operator ? [] : await this.byEvaluator(manager, intervals, group);
    return Object.assign(new Turnaround(), {
      year: filter.year,
      overall: group('ALL', 'Semua', intervals),
      byKecamatan,
      byCluster,
      byEvaluator,
    });
  }

  private async byEvaluator(
    manager: EntityManager,
    intervals: readonly TurnaroundInterval[],
    group: (code: string, name: string, list: readonly TurnaroundInterval[]) => TurnaroundGroup,
  ): Promise<TurnaroundGroup[]> {
    const groups = groupIntervals(intervals, (i) => i.evaluatorId);
    if (groups.size === 0) return [];
    const users: Array<{ id: string; username: string; displayName: string }> = await manager.query(
      `SELECT id, username, "displayName" FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...groups.keys()]],
    );
    const byId = new Map(users.map((u) => [u.id, u]));
    return [...groups]
      .map(([id, list]) => {
        const user = byId.get(id);
        return group(user?.username ?? id, user?.displayName ?? id, list);
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
