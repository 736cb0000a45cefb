import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../graphql/request-context.js';
import { decodeCursor, encodeCursor, pageSize, splitPage } from '../../graphql/connection.js';
import { forbidden } from '../../graphql/errors.js';
import { Role } from '../auth/user.entity.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import { SubmissionEntity } from './submission.entity.js';
import { toSubmission } from './submission.service.js';
import { SubmissionConnection, type SubmissionsFilter } from './submission.types.js';

const CURSOR_LIST = 'submission';
/** Microsecond timestamps in UTC, as to_char prints them below: JavaScript dates would lose the microseconds. */
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubmissionPageArgs {
  first?: number | null;
  after?: string | null;
  filter?: SubmissionsFilter | null;
}

/**
 * Submissions of any year, page by page in (updatedAt, id) order: keyset pagination (no OFFSET),
 * one statement per page with period, indicator and last editor joined (plus one for totalCount
 * when asked). Resuming after the last cursor later also yields whatever changed since.
 */
export class SubmissionConnectionService {
  async page(ctx: RequestContext, args: SubmissionPageArgs): Promise<SubmissionConnection> {
    const size = pageSize(args.first);
    const after = decodeCursor(CURSOR_LIST, args.after, [CURSOR_AT, UUID]);
    const filter = args.filter ?? {};
    const user = ctx.user;
    if (!user) throw forbidden('Sign in first.');
    // Operators see their own kecamatan only, whether or not they name it.
    const kecamatanCode = filter.kecamatanCode ?? (user.role === Role.OPERATOR ? user.kecamatanCode : null);
    if (kecamatanCode != null) assertCanReadKecamatan(ctx, kecamatanCode);
    else if (user.role === Role.OPERATOR) throw forbidden('An operator without a kecamatan reads no submissions.');

    const filtered = (qb: SelectQueryBuilder<SubmissionEntity>) => {
      if (filter.year != null) qb.andWhere('period.year = :year', { year: filter.year });
      if (kecamatanCode != null) qb.andWhere('s.kecamatanCode = :kecamatanCode', { kecamatanCode });
      if (filter.clusterCode != null)
        qb.andWhere('indicator.clusterCode = :clusterCode', { clusterCode: filter.clusterCode });
      if (filter.statuses?.length) qb.andWhere('s.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter.updatedSince != null)
        qb.andWhere('s.updatedAt >= :updatedSince', { updatedSince: filter.updatedSince });
      return qb;
    };
    const repository = ctx.dataSource.getRepository(SubmissionEntity);
    const query = filtered(
      repository
        .createQueryBuilder('s')
        .innerJoinAndSelect('s.period', 'period')
        .innerJoinAndSelect('s.indicator', 'indicator')
        .leftJoinAndSelect('s.updatedBy', 'updatedBy')
        .addSelect(`to_char(s."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at'),
    );
    if (after)
      query.andWhere(`(s."updatedAt", s.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`, {
        afterAt: after[0],
        afterId: after[1],
      });
    const { entities, raw } = await query
      .orderBy('s.updatedAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(size + 1)
      .getRawAndEntities();
    const cursorAtById = new Map<string, string>(raw.map((r: Record<string, string>) => [r.s_id, r.cursor_at]));
    const page = splitPage(entities, size);
    const edges = page.rows.map((row) => ({
      cursor: encodeCursor(CURSOR_LIST, [cursorAtById.get(row.id)!, row.id]),
      node: toSubmission(row, row.period.year, row.indicator),
    }));
    return Object.assign(new SubmissionConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: () =>
        filtered(
          repository.createQueryBuilder('s').innerJoin('s.period', 'period').innerJoin('s.indicator', 'indicator'),
        ).getCount(),
    });
  }
}
