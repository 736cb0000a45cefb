import { localeOf } from '../../app/i18n';
import type { EvidenceFileFieldsFragment, IndicatorFieldsFragment } from '../../gql/graphql';

export type EvidenceRequirementItem = IndicatorFieldsFragment['evidenceRequirements'][number];

export interface EvidenceGroup {
  code: string;
  /** Null for files of an item the checklist no longer lists (shown by code, never hidden). */
  requirement: EvidenceRequirementItem | null;
  files: EvidenceFileFieldsFragment[];
}

/** The checklist in its order, each item with its files; files of unknown items last. */
export function groupEvidence(
  requirements: readonly EvidenceRequirementItem[],
  files: readonly EvidenceFileFieldsFragment[],
): EvidenceGroup[] {
  const groups: EvidenceGroup[] = requirements.map((requirement) => ({
    code: requirement.code,
    requirement,
    files: [],
  }));
  const byCode = new Map(groups.map((group) => [group.code, group]));
  for (const file of files) {
    let group = byCode.get(file.requirementCode);
    if (!group) {
      group = { code: file.requirementCode, requirement: null, files: [] };
      byCode.set(group.code, group);
      groups.push(group);
    }
    group.files.push(file);
  }
  return groups;
}

/** The item's label in the UI language (English falls back to Indonesian). */
export function requirementLabel(group: Pick<EvidenceGroup, 'requirement' | 'code'>, language: string): string | null {
  if (!group.requirement) return null;
  return language === 'en' ? group.requirement.labelEn || group.requirement.label : group.requirement.label;
}

/** 2_400_000 → "2,3 MB" (id) / "2.3 MB" (en). */
export function formatFileSize(bytes: number, language: string): string {
  const locale = localeOf(language);
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export type EvidencePreviewKind = 'pdf' | 'image' | 'none';

/** How a file can be shown in the page: PDF in an iframe, JPEG/PNG as an image. */
export function previewKindOf(mimeType: string): EvidencePreviewKind {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType === 'image/jpeg' || mimeType === 'image/png') return 'image';
  return 'none';
}
