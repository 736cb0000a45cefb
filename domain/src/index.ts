export * from './answer.js';
export * from './validation.js';
export * from './scoring.js';
export * from './gap.js';
export * from './insight.js';
export * from './query-limits.js';
export * from './password-policy.js';
export * from './work-days.js';
