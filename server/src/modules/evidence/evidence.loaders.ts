import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../auth/user.entity.js';
import { EvidenceFileEntity, EvidenceVerdict } from './evidence-file.entity.js';
import { EvidenceRequirementEntity } from './evidence-requirement.entity.js';
import { EvidenceFile } from './evidence.types.js';

/** Request-scoped loaders of evidence: one statement per request, however many submissions ask. */
export interface EvidenceLoaders {
  /** Evidence files (not removed) per submission id. */
  evidenceBySubmission: DataLoader<string, EvidenceFile[]>;
}

export function createEvidenceLoaders(dataSource: DataSource): EvidenceLoaders {
  return {
    evidenceBySubmission: new DataLoader(async (submissionIds: readonly string[]) => {
      const files = await queryEvidenceFiles(dataSource.manager, { submissionIds });
      return submissionIds.map((id) => files.filter((file) => file.submissionId === id));
    }),
  };
}

/** One row of `queryEvidenceFiles`' statement, as the driver returns it. */
interface EvidenceFileRow {
  id: string;
  submissionId: string;
  requirementCode: string;
  originalName: string;
  mimeType: string;
  /** bigint: a string from the driver. */
  sizeBytes: string | number;
  uploadedAt: Date | string;
  verdict: string;
  verdictReason: string | null;
  /** Null when the file has no uploader (left join); the display name is then null too, and not read. */
  uploaderUsername: string | null;
  uploaderDisplayName: string;
}

/**
 * The files (not removed) of some submissions, or some files by id, as GraphQL shows them: one
 * statement with the checklist code and the uploader's name, in checklist order.
 */
export async function queryEvidenceFiles(
  manager: EntityManager,
  filter: { submissionIds?: readonly string[]; ids?: readonly string[] },
): Promise<Array<EvidenceFile & { submissionId: string }>> {
  const query = manager
    .createQueryBuilder()
    .select('file.id', 'id')
    .addSelect('file.submissionId', 'submissionId')
    .addSelect('requirement.code', 'requirementCode')
    .addSelect('file.originalName', 'originalName')
    .addSelect('file.mimeType', 'mimeType')
    .addSelect('file.sizeBytes', 'sizeBytes')
    .addSelect('file.uploadedAt', 'uploadedAt')
    .addSelect('file.verdict', 'verdict')
    .addSelect('file.verdictReason', 'verdictReason')
    .addSelect('uploader.username', 'uploaderUsername')
    .addSelect('uploader.displayName', 'uploaderDisplayName')
    .from(EvidenceFileEntity, 'file')
    .innerJoin(EvidenceRequirementEntity, 'requirement', 'requirement.id = file.requirementId')
    .leftJoin(UserEntity, 'uploader', 'uploader.id = file.uploadedById')
    .where('file.removedAt IS NULL');
  if (filter.submissionIds)
    query.andWhere('file.submissionId IN (:...submissionIds)', { submissionIds: [...filter.submissionIds] });
  if (filter.ids) query.andWhere('file.id IN (:...ids)', { ids: [...filter.ids] });
  const rows = await query
    .orderBy('requirement.sortOrder', 'ASC')
    .addOrderBy('file.uploadedAt', 'ASC')
    .addOrderBy('file.id', 'ASC')
    .getRawMany<EvidenceFileRow>();
  return rows.map((row) =>
    Object.assign(new EvidenceFile(), {
      id: row.id,
      submissionId: row.submissionId,
      requirementCode: row.requirementCode,
      originalName: row.originalName,
      mimeType: row.mimeType,
      sizeBytes: Number(row.sizeBytes),
      uploadedAt: new Date(row.uploadedAt),
      uploadedBy: row.uploaderUsername
        ? { username: row.uploaderUsername, displayName: row.uploaderDisplayName }
        : null,
      verdict: row.verdict as EvidenceVerdict,
      verdictReason: row.verdictReason ?? null,
      url: `/evidence/${row.id}`,
    }),
  );
}
