import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Direction, MeasureType, ScoringRule } from '@kecala/domain';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface KecamatanRow {
  code: string;
  name: string;
  alternativeName: string | null;
}
export interface KelurahanRow {
  code: string;
  name: string;
  kecamatanCode: string;
}
export interface ClusterSeed {
  code: string;
  name: string;
  nameEn: string;
  sortOrder: number;
}
export interface IndicatorSeed {
  number: number;
  code: string;
  clusterCode: string;
  shortName: string;
  shortNameEn: string;
  name: string;
  nameEn: string;
  measureType: MeasureType;
  direction: Direction;
  guidance: string;
  guidanceEn: string;
  numeratorLabel: string | null;
  numeratorLabelEn: string | null;
  denominatorLabel: string | null;
  denominatorLabelEn: string | null;
  unit: string | null;
  unitEn: string | null;
  maxPoints: number;
  scoringRule: ScoringRule;
}
export interface IndicatorSetSeed {
  code: string;
  name: string;
  source: string;
  clusters: ClusterSeed[];
  indicators: IndicatorSeed[];
}

/** One item of an indicator's evidence checklist (bukti dukung). */
export interface EvidenceRequirementSeed {
  code: string;
  label: string;
  labelEn: string;
  required: boolean;
}
export interface EvidenceChecklistSeed {
  /** Code of the indicator set the checklist belongs to, e.g. "KLA-24". */
  indicatorSet: string;
  level: string;
  source: string;
  /** Items per indicator code, in display order. */
  requirements: Record<string, EvidenceRequirementSeed[]>;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

export function readKecamatanSeed(): KecamatanRow[] {
  return readCsv('kecamatan.csv').map((r) => ({
    code: r.kode_kemendagri,
    name: r.nama_resmi,
    alternativeName: r.ejaan_umum_lain || null,
  }));
}

export function readKelurahanSeed(): KelurahanRow[] {
  return readCsv('kelurahan.csv').map((r) => ({
    code: r.kode_kemendagri,
    name: r.nama_resmi,
    kecamatanCode: r.kode_kecamatan,
  }));
}

export function readIndicatorSetSeed(code = 'kla-24'): IndicatorSetSeed {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, `indicator-set-${code}.json`), 'utf8')) as IndicatorSetSeed;
}

export function readEvidenceChecklistSeed(code = 'kla-24'): EvidenceChecklistSeed {
  return JSON.parse(
    fs.readFileSync(path.join(DATA_DIR, `evidence-checklist-${code}.json`), 'utf8'),
  ) as EvidenceChecklistSeed;
}

export interface HolidaySeed {
  description: string;
  years: Record<
    string,
    { source: string; holidays: Array<{ date: string; name: string; kind: 'NATIONAL' | 'CUTI_BERSAMA' }> }
  >;
}

/** Indonesia's national holidays and cuti bersama, per year with its source (data/SOURCES.md). */
export function readHolidaySeed(): HolidaySeed {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'holidays-id.json'), 'utf8')) as HolidaySeed;
}
