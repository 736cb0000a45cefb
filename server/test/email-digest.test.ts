import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer, type GqlClient, type TestServer } from './support/test-server.js';
import { serverPostgresAvailable } from './support/postgres.js';
import { JATIASIH, TEST_NOW, YEAR } from './support/fixtures.js';
import { EmailDigestSender, retryDelayMs } from '../src/modules/notification/email-digest.js';
import { notify } from '../src/modules/notification/notify.js';
import { NotificationKind } from '../src/modules/notification/notification-kinds.js';
import { Role } from '../src/modules/auth/user.entity.js';

interface Received {
  to: string[];
  body: string;
}

/** The message as text: quoted-printable soft breaks joined and =XX bytes decoded as UTF-8. */
function decoded(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** A real SMTP server on a free port that can be told to refuse messages (451). */
async function startSmtp() {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: decoded(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const SET_EMAIL = `mutation ($email: String) { setNotificationEmail(email: $email) {
  __typename ... on NotificationEmail { email } ... on ValidationError { fieldErrors { field code } } } }`;
const PREFERENCE = `mutation ($kind: NotificationKind!) { setNotificationPreference(kind: $kind, email: true) { __typename } }`;

const available = await serverPostgresAvailable();

describe.skipIf(!available)('e-mail digests through SMTP (outbox, hourly, retried)', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let sender: EmailDigestSender;
  let operator: GqlClient;
  const t0 = new Date('2026-03-02T02:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    [server, smtp] = await Promise.all([startTestServer('postgres', { now: TEST_NOW }), startSmtp()]);
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
    });
    sender = new EmailDigestSender(server.dataSource, transport, {
      from: 'KECALA Patriot <kecala@bekasikota.go.id>',
      baseUrl: 'https://kecala.example.org/',
    });
    operator = await signedIn(server, 'op-3275-09');
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const returned = (indicatorCode: string) =>
    server.dataSource.transaction((manager) =>
      notify(manager, {
        kind: NotificationKind.ANSWER_RETURNED,
        to: { role: Role.OPERATOR, kecamatanCode: JATIASIH },
        params: { year: YEAR, kecamatanCode: JATIASIH, indicatorCode, reason: 'Bukti kurang lengkap' },
        link: `/isian?tahun=${YEAR}#indicator-card-${indicatorCode}`,
      }),
    );
  const pending = async () =>
    (await server.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE "emailPending"`))[0].n;

  it('refuses an address that is not one, naming the field', async () => {
    for (const bad of ['bukan-email', 'a@b', `${'x'.repeat(250)}@bekasi.go.id`, 'op\u0000@bekasi.go.id'])
      expect((await operator.request(SET_EMAIL, { email: bad })).data.setNotificationEmail).toMatchObject({
        fieldErrors: [{ field: 'email', code: 'INVALID' }],
      });
    expect((await operator.request(SET_EMAIL, { email: 'jatiasih@bekasi.go.id' })).data.setNotificationEmail).toEqual({
      __typename: 'NotificationEmail',
      email: 'jatiasih@bekasi.go.id',
    });
    expect(
      (await operator.request(PREFERENCE, { kind: 'ANSWER_RETURNED' })).data.setNotificationPreference.__typename,
    ).toBe('NotificationPreference');
  });

  it('keeps the outbox through a failed send, records the attempt, retries with backoff, then delivers one digest in Bahasa Indonesia', async () => {
    await returned('K1-04');
    expect(await pending()).toBe(1);
    smtp.state.refuse = true;
    expect(await sender.sendDue(at(0))).toBe(0);
    const [mailbox] = await server.dataSource.query(
      `SELECT attempts, "lastError", "nextAttemptAt" FROM notification_mailbox`,
    );
    expect(mailbox.attempts).toBe(1);
    expect(mailbox.lastError).toContain('451');
    expect(new Date(mailbox.nextAttemptAt).getTime()).toBe(at(0).getTime() + retryDelayMs(1));
    expect(await pending()).toBe(1);

    smtp.state.refuse = false;
    expect(await sender.sendDue(at(0.5))).toBe(0); // backing off: not yet
    await returned('K1-05');
    expect(await sender.sendDue(at(2))).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['jatiasih@bekasi.go.id']);
    expect(mail.body).toContain('Subject: KECALA Patriot: 2 notifikasi baru');
    expect(mail.body).toContain('K1-04 dikembalikan evaluator: Bukti kurang lengkap');
    expect(mail.body).toContain(`https://kecala.example.org/isian?tahun=${YEAR}#indicator-card-K1-05`);
    expect(await pending()).toBe(0);
    const [after] = await server.dataSource.query(`SELECT attempts, "lastError" FROM notification_mailbox`);
    expect(after).toEqual({ attempts: 0, lastError: null });
  });

  it('sends at most one digest per user per hour', async () => {
    await returned('K1-06');
    expect(await sender.sendDue(at(30))).toBe(0);
    expect(await sender.sendDue(at(63))).toBe(1);
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1].body).toContain('1 notifikasi baru');
  });

  it('sends nothing to a user who did not choose e-mail for that kind, nor without an address', async () => {
    await server.dataSource.transaction((manager) =>
      notify(manager, {
        kind: NotificationKind.PERIOD_CLOSED,
        to: { role: Role.OPERATOR },
        params: { year: YEAR },
        link: `/isian?tahun=${YEAR}`,
      }),
    );
    expect(await pending()).toBe(0);
    expect(await sender.sendDue(at(200))).toBe(0);
  });
});
