import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../src/graphql/loaders.js';
import type { RequestContext } from '../src/graphql/request-context.js';
import { Role } from '../src/modules/auth/user.entity.js';
import { CommentService } from '../src/modules/comment/comment.service.js';
import type { CommentEvents } from '../src/modules/comment/comment-events.js';
import { SubmissionComment } from '../src/modules/comment/comment.types.js';
import {
  GqlClient,
  integratorClient,
  signInDemoUsers,
  startTestServer,
  type TestServer,
} from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { BEKASI_BARAT, JATIASIH, SAVE_MUTATION, TEST_NOW, YEAR, saveInput } from './support/fixtures.js';

const COMMENT_FIELDS = `__typename
  ... on SubmissionComment { id submissionId body authorRole createdAt resolvedAt author { username } resolvedBy { username } }
  ... on ErrorResult { code message }
  ... on ValidationError { fieldErrors { field code } }`;
const POST = `mutation ($input: PostSubmissionCommentInput!) { postSubmissionComment(input: $input) { ${COMMENT_FIELDS} } }`;
const RESOLVE = `mutation ($id: ID!) { resolveSubmissionComment(commentId: $id) { ${COMMENT_FIELDS} } }`;
const COMMENTS = `query ($k: String!) { submissions(year: ${YEAR}, kecamatanCode: $k) {
  indicatorCode comments { body authorRole author { username } resolvedAt } } }`;
const AUDIT = `query ($filter: AuditEntriesFilter, $first: Int, $after: String, $orderBy: AuditEntryOrder) {
  auditEntries(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges { cursor node { id action username role entityType entityId kecamatanCode before after } }
    pageInfo { hasNextPage endCursor } } }`;

const available = await serverPostgresAvailable();

describe.skipIf(!available)('comments on a submission and the audit trail on screen', () => {
  let server: TestServer;
  let operator: GqlClient;
  let otherOperator: GqlClient;
  let evaluator: GqlClient;
  let admin: GqlClient;
  let jatiasihId: string;
  let baratId: string;

  beforeAll(async () => {
    server = await startTestServer('postgres', { now: TEST_NOW });
    ({ operator, otherOperator, evaluator, admin } = await signInDemoUsers(server));
    const saved = await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 12 }, 0));
    jatiasihId = saved.data.saveSubmission.id;
    await operator.request(SAVE_MUTATION, saveInput('K1-05', { count: 15 }, saved.data.saveSubmission.version));
    const barat = await otherOperator.request(
      SAVE_MUTATION,
      saveInput('K1-05', { count: 3 }, 0, { kecamatanCode: BEKASI_BARAT }),
    );
    baratId = barat.data.saveSubmission.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (client: GqlClient, submissionId: string, body: string) =>
    client.request(POST, { input: { submissionId, body } }).then((r) => r.data?.postSubmissionComment ?? r);
  const resolve = (client: GqlClient, id: string) =>
    client.request(RESOLVE, { id }).then((r) => r.data?.resolveSubmissionComment ?? r);
  const audit = async (client: GqlClient, variables: Record<string, unknown>) => {
    const response = await client.request(AUDIT, variables);
    return { nodes: (response.data?.auditEntries.edges ?? []).map((e: any) => e.node), response };
  };

  describe('comments', () => {
    let evaluatorCommentId: string;

    it('lets the evaluator and the kecamatan operator talk on one submission, oldest first', async () => {
      const question = await post(evaluator, jatiasihId, '  Mohon lampirkan SK terbaru.  ');
      expect(question).toMatchObject({
        __typename: 'SubmissionComment',
        body: 'Mohon lampirkan SK terbaru.',
        authorRole: 'EVALUATOR',
        author: { username: 'evaluator' },
        resolvedAt: null,
      });
      evaluatorCommentId = question.id;
      const reply = await post(operator, jatiasihId, 'Sudah diunggah,\nterima kasih.');
      expect(reply).toMatchObject({ __typename: 'SubmissionComment', authorRole: 'OPERATOR' });

      const seen = await operator.request(COMMENTS, { k: JATIASIH });
      const card = seen.data.submissions.find((s: any) => s.indicatorCode === 'K1-05');
      expect(card.comments.map((c: any) => [c.author.username, c.body])).toEqual([
        ['evaluator', 'Mohon lampirkan SK terbaru.'],
        ['op-3275-09', 'Sudah diunggah,\nterima kasih.'],
      ]);
      const entries = await server.dataSource.query(
        `SELECT action, "entityType", after FROM audit_entry WHERE action = 'COMMENT_POSTED' ORDER BY id`,
      );
      expect(entries).toHaveLength(2);
      expect(entries[0]).toMatchObject({
        entityType: 'SubmissionComment',
        after: { submissionId: jatiasihId, body: 'Mohon lampirkan SK terbaru.' },
      });
    });

    it('lists the comments of a kecamatan and of one submission, scoped like the answers', async () => {
      const KECAMATAN_COMMENTS = `query ($k: String!) { kecamatanComments(year: ${YEAR}, kecamatanCode: $k) { submissionId body } }`;
      const ONE = `query ($id: ID!) { submissionComments(submissionId: $id) { body author { username } } }`;
      const mine = await operator.request(KECAMATAN_COMMENTS, { k: JATIASIH });
      expect(mine.data.kecamatanComments.map((c: any) => c.submissionId)).toEqual([jatiasihId, jatiasihId]);
      const one = await evaluator.request(ONE, { id: jatiasihId });
      expect(one.data.submissionComments.map((c: any) => c.author.username)).toEqual(['evaluator', 'op-3275-09']);
      expect((await otherOperator.request(KECAMATAN_COMMENTS, { k: JATIASIH })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await otherOperator.request(ONE, { id: jatiasihId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await evaluator.request(ONE, { id: 'x' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps an operator to their own kecamatan and API tokens out', async () => {
      expect(await post(otherOperator, jatiasihId, 'Halo')).toMatchObject({ __typename: 'NotAllowedError' });
      expect((await otherOperator.request(COMMENTS, { k: JATIASIH })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const integrator = await integratorClient(server, admin, 'comment-sync');
      const refused = await integrator.request(POST, { input: { submissionId: jatiasihId, body: 'x' } });
      expect(refused.data?.postSubmissionComment?.__typename ?? refused.errors?.[0].extensions?.code).toMatch(
        /NotAllowedError|FORBIDDEN/,
      );
      const count = await server.dataSource.query(`SELECT count(*)::int AS n FROM submission_comment`);
      expect(count[0].n).toBe(2);
    });

    it('refuses empty, oversized, control-character and malformed input, naming the field', async () => {
      const codes = async (submissionId: string, body: string) =>
        (await post(operator, submissionId, body)).fieldErrors?.map((e: any) => `${e.field}:${e.code}`);
      expect(await codes(jatiasihId, '   ')).toEqual(['body:REQUIRED']);
      expect(await codes(jatiasihId, 'x'.repeat(2001))).toEqual(['body:TOO_LONG']);
      expect(await codes(jatiasihId, 'bel\u0007')).toEqual(['body:INVALID_CHARACTERS']);
      expect(await codes("1' OR '1'='1", 'halo')).toEqual(['submissionId:REQUIRED']);
      expect(await codes('00000000-0000-4000-8000-000000000000', 'halo')).toEqual(['submissionId:NOT_FOUND']);
      expect(await codes(jatiasihId, 'x'.repeat(2000))).toBeUndefined();
    });

    it('lets only evaluators resolve a comment, once', async () => {
      expect(await resolve(operator, evaluatorCommentId)).toMatchObject({ __typename: 'NotAllowedError' });
      const resolved = await resolve(evaluator, evaluatorCommentId);
      expect(resolved).toMatchObject({ __typename: 'SubmissionComment', resolvedBy: { username: 'evaluator' } });
      expect(resolved.resolvedAt).not.toBeNull();
      // Two evaluators resolving at once: the second changes nothing and writes no entry.
      const again = await resolve(admin, evaluatorCommentId);
      expect(again).toMatchObject({ resolvedAt: resolved.resolvedAt, resolvedBy: { username: 'evaluator' } });
      const entries = await server.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'COMMENT_RESOLVED'`,
      );
      expect(entries[0].n).toBe(1);
      expect((await resolve(evaluator, 'nope')).fieldErrors).toEqual([{ field: 'commentId', code: 'REQUIRED' }]);
    });

    it("tells the other side of a comment in their inbox, never the author nor another kecamatan's operator", async () => {
      const INBOX = `{ notifications(first: 100) { items { kind kecamatanCode indicatorCode username link } } }`;
      const comments = async (client: GqlClient) =>
        ((await client.request(INBOX)).data.notifications.items as Array<Record<string, string>>).filter(
          (n) => n.kind === 'COMMENT_POSTED',
        );
      const before = {
        operator: (await comments(operator)).length,
        otherOperator: (await comments(otherOperator)).length,
        evaluator: (await comments(evaluator)).length,
      };
      expect(await post(evaluator, jatiasihId, 'Angka 15 dari mana?')).toMatchObject({
        __typename: 'SubmissionComment',
      });
      const toOperator = await comments(operator);
      expect(toOperator.length).toBe(before.operator + 1);
      expect(toOperator[0]).toMatchObject({
        kecamatanCode: JATIASIH,
        indicatorCode: 'K1-05',
        username: 'evaluator',
        link: `/isian?tahun=${YEAR}#indicator-card-K1-05`,
      });
      expect((await comments(otherOperator)).length).toBe(before.otherOperator);
      expect((await comments(evaluator)).length).toBe(before.evaluator);

      expect(await post(operator, jatiasihId, 'Dari data posyandu.')).toMatchObject({
        __typename: 'SubmissionComment',
      });
      const toEvaluator = await comments(evaluator);
      expect(toEvaluator.length).toBe(before.evaluator + 1);
      expect(toEvaluator[0]).toMatchObject({ username: 'op-3275-09', kecamatanCode: JATIASIH });
      expect(toEvaluator[0].link).toContain(`buka=${jatiasihId}`);
      expect((await comments(operator)).length).toBe(before.operator + 1);
    });

    it('calls the commentPosted hook inside the transaction of the comment', async () => {
      const calls: Array<{ inTransaction: boolean; kecamatanCode: string; body: string }> = [];
      const events: CommentEvents = {
        commentPosted: async (manager, _ctx, { comment, submission }) => {
          calls.push({
            inTransaction: manager.queryRunner?.isTransactionActive ?? false,
            kecamatanCode: submission.kecamatanCode,
            body: comment.body,
          });
        },
        commentResolved: async () => {},
      };
      const [user] = await server.dataSource.query(
        `SELECT id, username, "displayName", role, "kecamatanCode" FROM app_user WHERE username = 'op-3275-09'`,
      );
      const ctx: RequestContext = {
        requestId: 'test',
        user: { ...user, role: Role.OPERATOR },
        sessionTokenHash: null,
        dataSource: server.dataSource,
        loaders: createLoaders(server.dataSource),
      };
      const result = await new CommentService(events).post(ctx, { submissionId: jatiasihId, body: 'Lewat hook' });
      expect(result).toBeInstanceOf(Object);
      expect((result as SubmissionComment).body).toBe('Lewat hook');
      expect(calls).toEqual([{ inTransaction: true, kecamatanCode: JATIASIH, body: 'Lewat hook' }]);
    });
  });

  describe('audit trail filters', () => {
    it('filters by user, role, kecamatan, entity, action and time range', async () => {
      const byUser = await audit(admin, { filter: { username: 'op-3275-02' } });
      expect(byUser.nodes.length).toBeGreaterThan(0);
      expect(byUser.nodes.every((n: any) => n.username === 'op-3275-02')).toBe(true);

      const byRole = await audit(admin, { filter: { role: 'EVALUATOR' } });
      expect(byRole.nodes.length).toBeGreaterThan(0);
      expect(byRole.nodes.every((n: any) => n.role === 'EVALUATOR')).toBe(true);

      const byKecamatan = await audit(admin, { filter: { kecamatanCode: BEKASI_BARAT, entityType: 'Submission' } });
      expect(byKecamatan.nodes.map((n: any) => n.entityId)).toEqual([baratId]);
      expect(byKecamatan.nodes[0].kecamatanCode).toBe(BEKASI_BARAT);

      const byEntity = await audit(admin, { filter: { entityType: 'SubmissionComment' } });
      expect(byEntity.nodes.every((n: any) => n.entityType === 'SubmissionComment')).toBe(true);
      expect(byEntity.nodes.every((n: any) => n.kecamatanCode === JATIASIH)).toBe(true);

      const byAction = await audit(admin, { filter: { action: 'SUBMISSION_UPDATED' } });
      expect(byAction.nodes.map((n: any) => [n.entityId, n.before.count, n.after.count])).toEqual([
        [jatiasihId, 12, 15],
      ]);

      const [{ at }] = await server.dataSource.query(`SELECT at FROM audit_entry WHERE action = 'SUBMISSION_UPDATED'`);
      const exact = await audit(admin, {
        filter: {
          since: at.toISOString(),
          until: new Date(at.getTime() + 1).toISOString(),
          action: 'SUBMISSION_UPDATED',
        },
      });
      expect(exact.nodes).toHaveLength(1);
      const before = await audit(admin, { filter: { until: at.toISOString(), action: 'SUBMISSION_UPDATED' } });
      expect(before.nodes).toHaveLength(0);
    });

    it('shows an operator only their own kecamatan and refuses another', async () => {
      const own = await audit(operator, { first: 500 });
      expect(own.nodes.length).toBeGreaterThan(0);
      expect(own.nodes.every((n: any) => n.kecamatanCode === JATIASIH)).toBe(true);
      expect(own.nodes.some((n: any) => n.entityId === baratId)).toBe(false);
      const other = await audit(operator, { filter: { kecamatanCode: BEKASI_BARAT } });
      expect(other.response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses bad filter values naming the field', async () => {
      const role = await audit(admin, { filter: { role: 'ROOT' } });
      expect(role.response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.role' });
      const kecamatan = await audit(admin, { filter: { kecamatanCode: "'; DROP TABLE audit_entry; --" } });
      expect(kecamatan.response.errors?.[0].extensions?.field).toBe('filter.kecamatanCode');
      const long = await audit(admin, { filter: { username: 'x'.repeat(101) } });
      expect(long.response.errors?.[0].extensions?.field).toBe('filter.username');
    });

    it('pages newest first with cursors, one statement per page however large', async () => {
      const all = await audit(admin, { first: 500, orderBy: 'ID_DESC' });
      const ids = all.nodes.map((n: any) => Number(n.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const first = await audit(admin, { first: 2, orderBy: 'ID_DESC' });
      const second = await audit(admin, {
        first: 2,
        orderBy: 'ID_DESC',
        after: first.response.data.auditEntries.pageInfo.endCursor,
      });
      expect([...first.nodes, ...second.nodes].map((n: any) => Number(n.id))).toEqual(ids.slice(0, 4));
      const ascCursor = (await audit(admin, { first: 1 })).response.data.auditEntries.pageInfo.endCursor;
      const mixed = await audit(admin, { first: 1, orderBy: 'ID_DESC', after: ascCursor });
      expect(mixed.response.errors?.[0].extensions?.field).toBe('after');

      const counted = async (first: number) => {
        server.queries.reset();
        await audit(admin, { first, orderBy: 'ID_DESC', filter: { kecamatanCode: JATIASIH } });
        return server.queries.count;
      };
      expect(await counted(2)).toBe(await counted(500));
    });
  });

  describe('audit export', () => {
    async function download(path: string, token: string | null) {
      const response = await fetch(`${server.url}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { response, bytes: Buffer.from(await response.arrayBuffer()) };
    }
    async function rows(bytes: Buffer): Promise<string[][]> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const out: string[][] = [];
      workbook.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return out;
    }

    it('exports the filtered list with the changes in words', async () => {
      const { response, bytes } = await download(
        `/exports/audit.xlsx?action=SUBMISSION_UPDATED&kecamatanCode=${JATIASIH}`,
        admin.token,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="jejak-audit.xlsx"');
      const sheet = await rows(bytes);
      expect(sheet[0]).toEqual([
        'Waktu (WIB)',
        'Pengguna',
        'Peran',
        'Kecamatan',
        'Jenis data',
        'ID data',
        'Tindakan',
        'Perubahan',
      ]);
      expect(sheet).toHaveLength(2);
      expect(sheet[1].slice(1)).toEqual([
        'op-3275-09',
        'OPERATOR',
        JATIASIH,
        'Jawaban',
        jatiasihId,
        'Jawaban diubah',
        'Nilai jumlah 12 → 15',
      ]);
      const english = await rows(
        (await download(`/exports/audit.xlsx?action=SUBMISSION_UPDATED&lang=en`, admin.token)).bytes,
      );
      expect(english[1][7]).toBe('Count value 12 → 15');
    });

    it("exports an operator's own kecamatan only, and refuses bad filters with the field", async () => {
      const own = await rows((await download('/exports/audit.xlsx?entityType=Submission', operator.token)).bytes);
      expect(own.slice(1).every((row) => row[3] === JATIASIH)).toBe(true);
      const other = await download(`/exports/audit.xlsx?kecamatanCode=${BEKASI_BARAT}`, operator.token);
      expect(other.response.status).toBe(403);
      const since = await download('/exports/audit.xlsx?since=yesterday', admin.token);
      expect(since.response.status).toBe(400);
      expect(JSON.parse(since.bytes.toString()).fieldErrors[0].field).toBe('since');
      expect((await download('/exports/audit.xlsx', null)).response.status).toBe(401);
    });
  });
});
