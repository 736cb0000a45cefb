import { generate } from '@graphql-codegen/cli';
import config from '../../codegen';

/** Regenerates src/gql before the tests so they always run against the current schema. */
export default async function generateGraphqlTypes(): Promise<void> {
  await generate(config, true);
}
