import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Kelurahan } from '../modules/region/kelurahan.entity.js';
import { createRegionLoaders, type RegionLoaders } from '../modules/region/region.loaders.js';
import { queryEvidenceFiles } from '../modules/evidence/evidence.service.js';
import type { EvidenceFile } from '../modules/evidence/evidence.types.js';

/** Request-scoped batch loaders: one statement per kind of row, however many parents ask. */
export interface Loaders extends RegionLoaders {
  kelurahanByKecamatan: DataLoader<string, Kelurahan[]>;
  /** Evidence files (not removed) per submission id. */
  evidenceBySubmission: DataLoader<string, EvidenceFile[]>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    ...createRegionLoaders(dataSource),
    kelurahanByKecamatan: new DataLoader(async (codes: readonly string[]) => {
      const rows = await dataSource.getRepository(Kelurahan).find({
        where: { kecamatanCode: In([...codes]) },
        order: { code: 'ASC' },
      });
      return codes.map((code) => rows.filter((row) => row.kecamatanCode === code));
    }),
    evidenceBySubmission: new DataLoader(async (submissionIds: readonly string[]) => {
      const files = await queryEvidenceFiles(dataSource.manager, { submissionIds });
      return submissionIds.map((id) => files.filter((file) => file.submissionId === id));
    }),
  };
}
