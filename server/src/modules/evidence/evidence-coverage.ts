import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { EvidenceFileEntity, EvidenceVerdict } from './evidence-file.entity.js';
import { EvidenceRequirementEntity } from './evidence-requirement.entity.js';

/** Which required checklist items each submission still lacks. */
export interface EvidenceCoverage {
  /** Codes of the required items of an indicator without an acceptable file in that submission. */
  missing(indicatorId: string, submissionId: string | null | undefined): string[];
}

/**
 * Loads, in two statements for any number of rows, the required checklist items of some
 * indicators and which of them the given submissions cover with a file that is present and not
 * judged insufficient.
 */
export async function loadEvidenceCoverage(
  manager: EntityManager,
  indicatorIds: string[],
  submissionIds: string[],
): Promise<EvidenceCoverage> {
  const [requirements, files] = await Promise.all([
    indicatorIds.length === 0
      ? Promise.resolve([])
      : manager.find(EvidenceRequirementEntity, {
          where: { indicatorId: In(indicatorIds), required: true },
          order: { sortOrder: 'ASC' },
        }),
    submissionIds.length === 0
      ? Promise.resolve([])
      : manager.find(EvidenceFileEntity, {
          select: { submissionId: true, requirementId: true },
          where: { submissionId: In(submissionIds), removedAt: IsNull(), verdict: Not(EvidenceVerdict.INSUFFICIENT) },
        }),
  ]);
  const covered = new Set(files.map((f) => `${f.submissionId}/${f.requirementId}`));
  return {
    missing(indicatorId, submissionId) {
      return requirements
        .filter((req) => req.indicatorId === indicatorId && !(submissionId && covered.has(`${submissionId}/${req.id}`)))
        .map((req) => req.code);
    },
  };
}
