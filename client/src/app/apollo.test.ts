import { describe, expect, it } from 'vitest';
import { buildSchema, isAbstractType } from 'graphql';
import schemaSdl from '../../../schema.graphql?raw';
import { POSSIBLE_TYPES } from './apollo';

describe('POSSIBLE_TYPES', () => {
  it('lists exactly the members of every union and interface of schema.graphql', () => {
    const schema = buildSchema(schemaSdl);
    const fromSchema: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      fromSchema[type.name] = schema
        .getPossibleTypes(type)
        .map((t) => t.name)
        .sort();
    }
    const declared = Object.fromEntries(Object.entries(POSSIBLE_TYPES).map(([k, v]) => [k, [...v].sort()]));
    expect(declared).toEqual(fromSchema);
  });
});
