import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { City } from './city.entity.js';
import { Kecamatan } from './kecamatan.entity.js';
import { Kelurahan } from './kelurahan.entity.js';
import { Province } from './province.entity.js';
import { RegionService } from './region.service.js';

@Resolver(() => Kecamatan)
export class RegionResolver {
  constructor(private readonly regions: RegionService) {}

  @Query(() => [Kecamatan], { description: 'Every kecamatan, by code.' })
  kecamatans(@Ctx() ctx: RequestContext): Promise<Kecamatan[]> {
    return this.regions.listKecamatan(ctx);
  }

  @Query(() => Kecamatan, { nullable: true, description: 'One kecamatan by Kemendagri code, e.g. "32.75.09".' })
  kecamatan(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) code: string,
  ): Promise<Kecamatan | null> {
    return this.regions.findKecamatan(ctx, code);
  }

  @Query(() => [Province], { description: 'Every province, by code.' })
  provinces(@Ctx() ctx: RequestContext): Promise<Province[]> {
    return this.regions.listProvinces(ctx);
  }

  @Query(() => Province, { nullable: true, description: 'One province by Kemendagri code, e.g. "32".' })
  province(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'Kemendagri code, e.g. "32".' }) code: string,
  ): Promise<Province | null> {
    return this.regions.findProvince(ctx, code);
  }

  @Query(() => City, { nullable: true, description: 'One kabupaten/kota by Kemendagri code, e.g. "32.75".' })
  city(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String, { description: 'Kemendagri code, e.g. "32.75".' }) code: string,
  ): Promise<City | null> {
    return this.regions.findCity(ctx, code);
  }

  @FieldResolver(() => [Kelurahan], { description: 'Its kelurahan, by code.' })
  kelurahan(@Root() kecamatan: Kecamatan, @Ctx() ctx: RequestContext): Promise<Kelurahan[]> {
    return ctx.loaders.kelurahanByKecamatan.load(kecamatan.code);
  }

  @FieldResolver(() => City, { name: 'city', description: 'Its kabupaten/kota.' })
  async cityOfKecamatan(@Root() kecamatan: Kecamatan, @Ctx() ctx: RequestContext): Promise<City> {
    return (await ctx.loaders.cityByCode.load(kecamatan.cityCode))!;
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => [City], { description: 'Its kabupaten and kota, by code.' })
  cities(@Root() province: Province, @Ctx() ctx: RequestContext): Promise<City[]> {
    return ctx.loaders.citiesByProvince.load(province.code);
  }
}

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Province, { description: 'Its province.' })
  async province(@Root() city: City, @Ctx() ctx: RequestContext): Promise<Province> {
    return (await ctx.loaders.provinceByCode.load(city.provinceCode))!;
  }

  @FieldResolver(() => [Kecamatan], { description: 'Its kecamatan, by code.' })
  kecamatan(@Root() city: City, @Ctx() ctx: RequestContext): Promise<Kecamatan[]> {
    return ctx.loaders.kecamatanByCity.load(city.code);
  }
}
