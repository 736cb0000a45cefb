import { describe, expect, it } from 'vitest';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { QUERY_LIMITS } from '@kecala/domain';
import schemaSdl from '../../../schema.graphql?raw';
import * as documents from '../gql/graphql';

/** Every operation the SPA can send, as generated from its documents. */
const operations = Object.entries(documents).filter(
  ([, value]) =>
    typeof value === 'object' &&
    value !== null &&
    (value as DocumentNode).kind === 'Document' &&
    (value as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition'),
) as Array<[string, DocumentNode]>;

function problems(document: DocumentNode, limits: typeof QUERY_LIMITS): string[] {
  const rules = [
    costLimitRule(limits.costLimit),
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxDirectivesRule(limits.maxDirectives),
  ];
  try {
    return validate(buildSchema(schemaSdl), document, rules).map((e) => e.message);
  } catch (error) {
    // The armor rules throw when no error handler is attached: the message is the refusal.
    return [(error as Error).message];
  }
}

describe("the SPA's operations and the server's limits", () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(15);
  });

  it.each(operations)('%s stays within depth, cost, aliases and directives', (_name, document) => {
    expect(problems(document, QUERY_LIMITS)).toEqual([]);
  });

  it('would notice an operation over the cost limit', () => {
    const [, review] = operations.find(([name]) => name === 'VerifySubmissionDocument')!;
    expect(problems(review, { ...QUERY_LIMITS, costLimit: { ...QUERY_LIMITS.costLimit, maxCost: 10 } })[0]).toMatch(
      /cost/i,
    );
  });
});
