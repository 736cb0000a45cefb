import { Initial1795816417286 } from '../migrations/1795816417286-Initial.js';
import { VerificationEvidence1795818234940 } from '../migrations/1795818234940-VerificationEvidence.js';
import { LoginThrottle1795820076156 } from '../migrations/1795820076156-LoginThrottle.js';
import { IntegratorApi1795820252386 } from '../migrations/1795820252386-IntegratorApi.js';
import { Insight1795820788445 } from '../migrations/1795820788445-Insight.js';

/** Every migration, listed explicitly (no glob) so tsx, vitest and the CLI agree. */
export const MIGRATIONS: Function[] = [Initial1795816417286, VerificationEvidence1795818234940, LoginThrottle1795820076156, IntegratorApi1795820252386, Insight1795820788445];
