import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

const SCHEMA_HEADER = '# Generated from the server code by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The schema as checked in: sorted so that moving code around does not churn the file. */
export async function printAppSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
