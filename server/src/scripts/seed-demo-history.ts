// `npm run seed:demo-history -w server`: adds three earlier demo years (current−3 … current−1) of
// verified answers for every kecamatan, marked Period.demo. Never part of `npm start`.
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { seedDatabase } from '../database/seed/seed.js';
import { DemoHistoryRefused, seedDemoHistory } from '../database/seed/demo-history.js';

const config = loadConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  embeddedDataDir: config.embeddedDataDir,
  poolMax: config.databasePoolMax,
});
let exitCode = 0;
try {
  await seedDatabase(database.dataSource, { demoUsers: config.seedDemoUsers });
  const result = await seedDemoHistory(database.dataSource);
  console.log(
    `Demo history for ${result.years.join(', ')}: ${result.created.length ? `created ${result.created.join(', ')}` : 'years already present'}, ${result.submissions} answers added (marked demo).`,
  );
} catch (error) {
  if (!(error instanceof DemoHistoryRefused)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
