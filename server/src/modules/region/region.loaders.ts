import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { City } from './city.entity.js';
import { Kecamatan } from './kecamatan.entity.js';
import { Kelurahan } from './kelurahan.entity.js';
import { Province } from './province.entity.js';

/** Request-scoped loaders of the region hierarchy: one statement per kind of row and request. */
export interface RegionLoaders {
  provinceByCode: DataLoader<string, Province | null>;
  cityByCode: DataLoader<string, City | null>;
  citiesByProvince: DataLoader<string, City[]>;
  kecamatanByCity: DataLoader<string, Kecamatan[]>;
  kelurahanByKecamatan: DataLoader<string, Kelurahan[]>;
}

function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export function createRegionLoaders(dataSource: DataSource): RegionLoaders {
  return {
    provinceByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await dataSource.getRepository(Province).find({ where: { code: In([...codes]) } });
      return byKey(codes, rows, (r) => r.code).map((list) => list[0] ?? null);
    }),
    cityByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await dataSource.getRepository(City).find({ where: { code: In([...codes]) } });
      return byKey(codes, rows, (r) => r.code).map((list) => list[0] ?? null);
    }),
    citiesByProvince: new DataLoader(async (codes: readonly string[]) =>
      byKey(
        codes,
        await dataSource.getRepository(City).find({ where: { provinceCode: In([...codes]) }, order: { code: 'ASC' } }),
        (r) => r.provinceCode,
      ),
    ),
    kecamatanByCity: new DataLoader(async (codes: readonly string[]) =>
      byKey(
        codes,
        await dataSource.getRepository(Kecamatan).find({ where: { cityCode: In([...codes]) }, order: { code: 'ASC' } }),
        (r) => r.cityCode,
      ),
    ),
    kelurahanByKecamatan: new DataLoader(async (codes: readonly string[]) => {
      const rows = await dataSource.getRepository(Kelurahan).find({
        where: { kecamatanCode: In([...codes]) },
        order: { code: 'ASC' },
      });
      return codes.map((code) => rows.filter((row) => row.kecamatanCode === code));
    }),
  };
}
