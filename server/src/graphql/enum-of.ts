/** Turns a readonly list of string literals (from @kecala/domain) into an enum object type-graphql can register. */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
