import type { MigrationInterface } from 'typeorm';
import { Initial1795816417286 } from '../migrations/1795816417286-Initial.js';
import { VerificationEvidence1795818234940 } from '../migrations/1795818234940-VerificationEvidence.js';
import { LoginThrottle1795820076156 } from '../migrations/1795820076156-LoginThrottle.js';
import { IntegratorApi1795820252386 } from '../migrations/1795820252386-IntegratorApi.js';
import { Insight1795820788445 } from '../migrations/1795820788445-Insight.js';
import { ScoreTable1795821901776 } from '../migrations/1795821901776-ScoreTable.js';
import { AccountManagement1795822022072 } from '../migrations/1795822022072-AccountManagement.js';
import { PeriodAdministration1795822367561 } from '../migrations/1795822367561-PeriodAdministration.js';
import { IndicatorSetStatus1795823194885 } from '../migrations/1795823194885-IndicatorSetStatus.js';
import { CarryForward1795825701975 } from '../migrations/1795825701975-CarryForward.js';
import { NationalScale1795825767019 } from '../migrations/1795825767019-NationalScale.js';
import { IntegratorAccounts1795825689072 } from '../migrations/1795825689072-IntegratorAccounts.js';
import { SubmissionComment1795826000000 } from '../migrations/1795826000000-SubmissionComment.js';
import { SpreadsheetImport1795825691081 } from '../migrations/1795825691081-SpreadsheetImport.js';
import { IndicatorEnglishText1795826000000 } from '../migrations/1795826000000-IndicatorEnglishText.js';
import { Plausibility1795825900000 } from '../migrations/1795825900000-Plausibility.js';
import { Turnaround1795830000000 } from '../migrations/1795830000000-Turnaround.js';
import { Notifications1795830100000 } from '../migrations/1795830100000-Notifications.js';

/** Every migration, listed explicitly (no glob) so tsx, vitest and the CLI agree. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Initial1795816417286,
  VerificationEvidence1795818234940,
  LoginThrottle1795820076156,
  IntegratorApi1795820252386,
  Insight1795820788445,
  ScoreTable1795821901776,
  AccountManagement1795822022072,
  PeriodAdministration1795822367561,
  IndicatorSetStatus1795823194885,
  IntegratorAccounts1795825689072,
  SpreadsheetImport1795825691081,
  CarryForward1795825701975,
  NationalScale1795825767019,
  IndicatorEnglishText1795826000000,
  Plausibility1795825900000,
  SubmissionComment1795826000000,
  Turnaround1795830000000,
  Notifications1795830100000,
];
