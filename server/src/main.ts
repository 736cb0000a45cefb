import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './database/data-source.js';
import { seedDatabase } from './database/seed/seed.js';
import { PostgresScoreEventBus } from './modules/live/postgres-score-event-bus.js';
import { shareSessionInvalidations } from './modules/auth/session-invalidation.js';
import { installGracefulShutdown, shutdownTimeoutFromEnv } from './shutdown.js';
import { NotificationScheduler } from './modules/notification/notification-scheduler.js';
import { EmailDigestSender } from './modules/notification/email-digest.js';

const config = loadConfig();
const startedAt = Date.now();
const database = await openDatabase({
  url: config.databaseUrl,
  embeddedDataDir: config.embeddedDataDir,
  poolMax: config.databasePoolMax,
});
await seedDatabase(database.dataSource, { demoUsers: config.seedDemoUsers });
// On a server PostgreSQL, live score events go through LISTEN/NOTIFY so that every instance's
// subscribers hear every instance's changes; the embedded database (one process) keeps them in process.
const scoreEvents = config.databaseUrl ? await PostgresScoreEventBus.connect(config.databaseUrl) : undefined;
// The same connection tells the other processes which cached sessions to forget (sign-out, deactivation…).
if (scoreEvents) await shareSessionInvalidations(scoreEvents);
const app = await createApp({
  scoreEvents,
  dataSource: database.dataSource,
  sessionTtlHours: config.sessionTtlHours,
  secureCookies: config.secureCookies,
  clientDistDir: config.clientDistDir,
  evidence: { uploadDir: config.uploadDir, evidenceDir: config.evidenceDir, maxUploadBytes: config.maxUploadBytes },
});

const server = app.express.listen(config.port, () => {
  const where = config.databaseUrl
    ? 'PostgreSQL from DATABASE_URL'
    : `embedded PostgreSQL in ${path.relative(process.cwd(), config.embeddedDataDir) || '.'}`;
  console.log(
    `KECALA Patriot on http://localhost:${config.port} (GraphQL at /graphql), ${where}, ready in ${Date.now() - startedAt} ms`,
  );
  if (!fs.existsSync(path.join(config.clientDistDir, 'index.html'))) {
    console.log(
      `No built SPA in ${config.clientDistDir}: only /graphql is served (run \`npm start\` from the root to build it).`,
    );
  }
});
app.attachWebSockets(server);
// Time-based notifications (deadline, answers waiting) and, with SMTP_URL, the e-mail digests:
// one worker at a time (advisory lock), after the changes that caused them committed.
// nodemailer is loaded only when e-mail is on (it costs each process ~7 MB of memory).
const digests = config.smtpUrl
  ? new EmailDigestSender(database.dataSource, (await import('nodemailer')).default.createTransport(config.smtpUrl), {
      from: config.smtpFrom,
      baseUrl: config.publicUrl,
    })
  : null;
const scheduler = new NotificationScheduler(
  database.dataSource,
  undefined,
  digests ? [async (now) => void (await digests.sendDue(now))] : [],
);
scheduler.start();

installGracefulShutdown(
  {
    http: server,
    closeWebSockets: () => app.closeWebSockets(),
    stopApp: async () => {
      await scheduler.stop();
      await app.stop();
    },
    closeDatabase: () => database.close(),
  },
  { timeoutMs: shutdownTimeoutFromEnv() },
);
