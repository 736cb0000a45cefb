import { Kecamatan } from '../modules/region/kecamatan.entity.js';
import { Kelurahan } from '../modules/region/kelurahan.entity.js';
import { Province } from '../modules/region/province.entity.js';
import { City } from '../modules/region/city.entity.js';
import { KecamatanTotalEntity } from '../modules/scoring/kecamatan-total.entity.js';
import { ClusterEntity } from '../modules/indicator/cluster.entity.js';
import { IndicatorSetEntity } from '../modules/indicator/indicator-set.entity.js';
import { IndicatorEntity } from '../modules/indicator/indicator.entity.js';
import { Period } from '../modules/period/period.entity.js';
import { SubmissionEntity } from '../modules/submission/submission.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { EvidenceRequirementEntity } from '../modules/evidence/evidence-requirement.entity.js';
import { EvidenceFileEntity } from '../modules/evidence/evidence-file.entity.js';
import { SettingEntity } from '../modules/insight/setting.entity.js';
import { ImportBatchEntity } from '../modules/spreadsheet/import-batch.entity.js';

import { KecamatanScoreEntity } from '../modules/scoring/kecamatan-score.entity.js';
import { SubmissionCommentEntity } from '../modules/comment/submission-comment.entity.js';
import { ApiTokenEntity } from '../modules/api-token/api-token.entity.js';
import { HolidayEntity } from '../modules/turnaround/holiday.entity.js';
import {
  NotificationEntity,
  NotificationMailboxEntity,
  NotificationPreferenceEntity,
} from '../modules/notification/notification.entity.js';

/** Every entity, listed explicitly so the same list works under tsx, vitest and the CLI. */
export const ENTITIES = [
  Province,
  City,
  Kecamatan,
  Kelurahan,
  ClusterEntity,
  IndicatorSetEntity,
  IndicatorEntity,
  Period,
  SubmissionEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditEntryEntity,
  EvidenceRequirementEntity,
  EvidenceFileEntity,
  ApiTokenEntity,
  SettingEntity,
  ImportBatchEntity,
  KecamatanScoreEntity,
  KecamatanTotalEntity,
  SubmissionCommentEntity,
  HolidayEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationMailboxEntity,
];
