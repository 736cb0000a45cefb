import type { RequestContext } from '../../graphql/request-context.js';
import { City } from './city.entity.js';
import { Kecamatan } from './kecamatan.entity.js';
import { Province } from './province.entity.js';

/** Reference data of the region hierarchy (province → kab/kota → kecamatan → kelurahan): public. */
export class RegionService {
  listKecamatan(ctx: RequestContext): Promise<Kecamatan[]> {
    return ctx.dataSource.getRepository(Kecamatan).find({ order: { code: 'ASC' } });
  }

  findKecamatan(ctx: RequestContext, code: string): Promise<Kecamatan | null> {
    return ctx.dataSource.getRepository(Kecamatan).findOne({ where: { code } });
  }

  listProvinces(ctx: RequestContext): Promise<Province[]> {
    return ctx.dataSource.getRepository(Province).find({ order: { code: 'ASC' } });
  }

  findProvince(ctx: RequestContext, code: string): Promise<Province | null> {
    return ctx.loaders.provinceByCode.load(code);
  }

  findCity(ctx: RequestContext, code: string): Promise<City | null> {
    return ctx.loaders.cityByCode.load(code);
  }
}
