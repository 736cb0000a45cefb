import { describe, expect, it } from 'vitest';
import { type DocumentNode, parse, print, visit } from 'graphql';
import { LoginDocument, MeDocument } from './auth.documents';
import { LOGIN_MUTATION, ME_QUERY } from './login-request';

/** The document as text, without `__typename` fields (Apollo adds those to every selection). */
function withoutTypenames(document: DocumentNode): string {
  return print(visit(document, { Field: (node) => (node.name.value === '__typename' ? null : undefined) }));
}

describe('the sign-in requests without Apollo', () => {
  it('send the Me and Login documents of auth.documents.ts', () => {
    expect(withoutTypenames(parse(ME_QUERY))).toBe(withoutTypenames(MeDocument));
    expect(withoutTypenames(parse(LOGIN_MUTATION))).toBe(withoutTypenames(LoginDocument));
  });

  it('ask for the __typename of every object the cache stores', () => {
    expect(LOGIN_MUTATION).toMatch(/fragment SessionUserFields on User \{\s+__typename/);
    expect(LOGIN_MUTATION).toMatch(/kecamatan \{\s+__typename/);
  });
});
