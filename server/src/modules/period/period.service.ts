import type { RequestContext } from '../../graphql/context.js';
import { Period } from './period.entity.js';

export class PeriodService {
  list(ctx: RequestContext): Promise<Period[]> {
    return ctx.dataSource.getRepository(Period).find({ relations: { indicatorSet: true }, order: { year: 'DESC' } });
  }
}
