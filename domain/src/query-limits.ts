/**
 * Limits of one GraphQL operation (GraphQL Armor options), shared so the client's tests can prove
 * that every operation the SPA sends stays within them.
 */
export const QUERY_LIMITS = {
  maxDepth: { n: 10, flattenFragments: true },
  // Fragments counted once where they are spread (nested counting inflates union results ~8×).
  costLimit: { maxCost: 2000, flattenFragments: true },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // The body limit already bounds document size; the token limit would turn syntax errors into validation errors.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
};
