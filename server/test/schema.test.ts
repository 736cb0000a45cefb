import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { printAppSchema } from '../src/graphql/print-schema.js';

describe('schema.graphql', () => {
  it('is exactly what the server code defines (run `npm run schema:emit` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printAppSchema());
  });
});
