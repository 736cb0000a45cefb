import type { RequestContext } from '../../graphql/context.js';
import { Kecamatan } from './kecamatan.entity.js';

export class RegionService {
  listKecamatan(ctx: RequestContext): Promise<Kecamatan[]> {
    return ctx.dataSource.getRepository(Kecamatan).find({ order: { code: 'ASC' } });
  }

  findKecamatan(ctx: RequestContext, code: string): Promise<Kecamatan | null> {
    return ctx.dataSource.getRepository(Kecamatan).findOne({ where: { code } });
  }
}
