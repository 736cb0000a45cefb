// Writes the schema the server's code defines to /schema.graphql (the checked-in contract).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { printAppSchema } from '../graphql/print-schema.js';

const file = path.join(PROJECT_ROOT, 'schema.graphql');
fs.writeFileSync(file, await printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
