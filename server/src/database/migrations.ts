import { Initial1795816417286 } from '../migrations/1795816417286-Initial.js';

/** Every migration, listed explicitly (no glob) so tsx, vitest and the CLI agree. */
export const MIGRATIONS: Function[] = [Initial1795816417286];
