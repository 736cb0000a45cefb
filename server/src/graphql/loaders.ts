import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Kelurahan } from '../modules/region/kelurahan.entity.js';

/** Request-scoped batch loaders: one statement per kind of row, however many parents ask. */
export interface Loaders {
  kelurahanByKecamatan: DataLoader<string, Kelurahan[]>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    kelurahanByKecamatan: new DataLoader(async (codes: readonly string[]) => {
      const rows = await dataSource.getRepository(Kelurahan).find({
        where: { kecamatanCode: In([...codes]) },
        order: { code: 'ASC' },
      });
      return codes.map((code) => rows.filter((row) => row.kecamatanCode === code));
    }),
  };
}
