import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { IndicatorService } from './indicator.service.js';
import { Cluster } from './indicator.types.js';

@Resolver()
export class IndicatorResolver {
  constructor(private readonly indicators: IndicatorService) {}

  @Query(() => [Cluster], { description: 'Clusters of the indicator set used in that year, with their indicators.' })
  async clusters(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'Evaluation year, e.g. 2026.' }) year: number,
  ): Promise<Cluster[]> {
    return (await this.indicators.catalogForYear(ctx, year)).clusters;
  }
}
