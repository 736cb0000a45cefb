import type { ContentLanguage } from '@kecala/domain';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import yazl from 'yazl';
import type { RequestContext } from '../../graphql/request-context.js';
import type { EvidenceStorage } from '../evidence/evidence-storage.js';
import { EntryNames, safeSegment } from './dossier-names.js';
import { dossierWorkbook, scopeTitle, type PlacedEvidence } from './dossier-workbook.js';
import type { DossierContent, DossierScope } from './dossier.service.js';

export const MANIFEST_NAME = 'manifest.json';
export const CHECKSUMS_NAME = 'SHA256SUMS';

/** One entry of manifest.json. */
export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
  kind: 'cover' | 'evidence';
  evidenceId?: string;
  kecamatanCode?: string;
  indicatorCode?: string;
  checklistItem?: string;
  originalName?: string;
}

/** Everything of a dossier but the evidence bytes, decided before the first byte is sent. */
export interface DossierPlan {
  filename: string;
  cover: { name: string; bytes: Buffer };
  manifest: Buffer;
  checksums: Buffer;
  placed: PlacedEvidence[];
}

/** Thrown before anything is sent when a file the database lists is not in the store as listed. */
export class MissingEvidenceBytes extends Error {}

function scopeSlug(scope: DossierScope): string {
  switch (scope.kind) {
    case 'kecamatan':
      return scope.kecamatanCode;
    case 'cluster':
      return scope.clusterCode;
    case 'city':
      return 'kota';
  }
}

/** "dosir-kla-2026-32.75.09-Jatiasih.zip": ASCII letters, digits, dot and dash only. */
export function dossierFilename(content: Pick<DossierContent, 'scope' | 'kecamatans'>): string {
  const parts = ['dosir-kla', String(content.scope.year), scopeSlug(content.scope)];
  if (content.scope.kind === 'kecamatan' && content.kecamatans[0]) parts.push(content.kecamatans[0].name);
  return (
    parts
      .join('-')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') + '.zip'
  );
}

/** Each accepted file's entry: `<cluster>/<indicator>/<checklist item>/<kecamatan>-<original name>`. */
export function placeEvidence(content: DossierContent, names: EntryNames): PlacedEvidence[] {
  return content.evidence.map((file) => ({
    file,
    entryName: names.claim([
      file.indicator.clusterCode,
      file.indicator.code,
      file.requirementCode,
      `${safeSegment(file.kecamatan.name)}-${file.originalName}`,
    ]),
  }));
}

/** Every listed file must be in the store with its recorded size, or the ZIP would be broken midway. */
async function checkStoredBytes(storage: EvidenceStorage, placed: PlacedEvidence[]): Promise<void> {
  const missing: string[] = [];
  await Promise.all(
    placed.map(async ({ file }) => {
      const stat = await fs.promises.stat(storage.pathOf(file.storageKey)).catch(() => null);
      if (!stat || stat.size !== file.sizeBytes) missing.push(file.id);
    }),
  );
  if (missing.length > 0)
    throw new MissingEvidenceBytes(`stored bytes missing or of another size for evidence ${missing.join(', ')}`);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function planDossier(
  ctx: RequestContext,
  content: DossierContent,
  storage: EvidenceStorage,
  language: ContentLanguage = 'id',
): Promise<DossierPlan> {
  const filename = dossierFilename(content);
  const names = new EntryNames();
  const coverName = names.reserve(filename.replace(/\.zip$/, '.xlsx'));
  names.reserve(MANIFEST_NAME);
  names.reserve(CHECKSUMS_NAME);
  const placed = placeEvidence(content, names);
  await checkStoredBytes(storage, placed);
  const cover = await dossierWorkbook(ctx, content, placed, language);
  const entries: ManifestEntry[] = [
    { path: coverName, bytes: cover.length, sha256: sha256(cover), kind: 'cover' },
    ...placed.map(({ file, entryName }): ManifestEntry => ({
      path: entryName,
      bytes: file.sizeBytes,
      sha256: file.sha256,
      kind: 'evidence',
      evidenceId: file.id,
      kecamatanCode: file.kecamatan.code,
      indicatorCode: file.indicator.code,
      checklistItem: file.requirementCode,
      originalName: file.originalName,
    })),
  ];
  const manifest = Buffer.from(
    JSON.stringify(
      {
        format: 'kecala-dossier/1',
        title: scopeTitle(content.scope, content),
        scope: content.scope,
        indicatorSet: content.catalog.period.indicatorSet.code,
        generatedAt: new Date().toISOString(),
        generatedBy: ctx.user?.username ?? null,
        evidenceCount: placed.length,
        entries,
      },
      null,
      2,
    ) + '\n',
  );
  const sums = [{ path: MANIFEST_NAME, sha256: sha256(manifest) }, ...entries];
  const checksums = Buffer.from(sums.map((e) => `${e.sha256}  ${e.path}\n`).join(''));
  return { filename, cover: { name: coverName, bytes: cover }, manifest, checksums, placed };
}

/**
 * The ZIP of a plan, stored (not deflated: evidence files are PDFs and photos, already
 * compressed), so its exact length is known before the first byte: the Content-Length. The
 * evidence files are opened one at a time as the output drains (backpressure through pipe), so
 * memory stays constant however many files there are.
 */
export function dossierZip(
  plan: DossierPlan,
  storage: EvidenceStorage,
): { size: Promise<number>; pipe(to: Writable): void; abort(): void } {
  const zip = new yazl.ZipFile();
  const now = new Date();
  const stored = { compress: false, mtime: now };
  zip.addBuffer(plan.manifest, MANIFEST_NAME, stored);
  zip.addBuffer(plan.checksums, CHECKSUMS_NAME, stored);
  zip.addBuffer(plan.cover.bytes, plan.cover.name, stored);
  let current: fs.ReadStream | null = null;
  for (const { file, entryName } of plan.placed) {
    zip.addReadStreamLazy(entryName, { compress: false, size: file.sizeBytes, mtime: file.uploadedAt }, (cb) => {
      current = fs.createReadStream(storage.pathOf(file.storageKey));
      cb(null, current);
    });
  }
  const size = new Promise<number>((resolve) =>
    (zip.end as (options: object, done: (size: number) => void) => void).call(zip, {}, resolve),
  );
  return {
    size,
    pipe: (to) => {
      zip.on('error', (error: Error) => to.destroy(error));
      zip.outputStream.pipe(to);
    },
    abort: () => {
      // Closing the open file is enough: nothing references the zip afterwards.
      (current as fs.ReadStream | null)?.destroy();
      zip.outputStream.unpipe();
    },
  };
}
