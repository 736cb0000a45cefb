import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Kecamatan } from './kecamatan.entity.js';
import { Kelurahan } from './kelurahan.entity.js';
import { RegionService } from './region.service.js';

@Resolver(() => Kecamatan)
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @Query(() => [Kecamatan], { description: 'The kecamatan of the city, by code.' })
  kecamatans(@Ctx() ctx: RequestContext): Promise<Kecamatan[]> {
    return this.regions.listKecamatan(ctx);
  }

  @Query(() => Kecamatan, { nullable: true, description: 'One kecamatan by Kemendagri code, e.g. "32.75.09".' })
  kecamatan(@Ctx() ctx: RequestContext, @Arg('code', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) code: string): Promise<Kecamatan | null> {
    return this.regions.findKecamatan(ctx, code);
  }

  @FieldResolver(() => [Kelurahan], { description: 'Its kelurahan, by code.' })
  kelurahan(@Root() kecamatan: Kecamatan, @Ctx() ctx: RequestContext): Promise<Kelurahan[]> {
    return ctx.loaders.kelurahanByKecamatan.load(kecamatan.code);
  }
}
