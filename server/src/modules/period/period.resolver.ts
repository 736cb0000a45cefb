import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Period } from './period.entity.js';
import { PeriodService } from './period.service.js';

@Resolver()
export class PeriodResolver {
  constructor(private readonly periodService: PeriodService) {}

  @Query(() => [Period], { description: 'Evaluation years, newest first.' })
  periods(@Ctx() ctx: RequestContext): Promise<Period[]> {
    return this.periodService.list(ctx);
  }
}
