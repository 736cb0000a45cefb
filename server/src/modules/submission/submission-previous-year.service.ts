import { checkPlausibility } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { assertCanReadKecamatan } from '../auth/scope.js';
import type { IndicatorService } from '../indicator/indicator.service.js';
import { SubmissionStatus } from './submission.entity.js';
import type { Submission } from './submission.types.js';
import { PlausibilityWarning, type PreviousYearAnswer } from './submission-previous-year.types.js';

/**
 * Last year's answer beside this year's, and the plausibility warnings computed from it with the
 * shared domain rule. Reads go through the request's `previousYear` loader: one statement per
 * request, however many submissions ask. The submission itself was already authorized by
 * whoever returned it.
 */
export class SubmissionPreviousYearService {
  constructor(private readonly indicators: IndicatorService) {}

  forSubmission(ctx: RequestContext, submission: Submission): Promise<PreviousYearAnswer | null> {
    return ctx.loaders.previousYear.load({
      year: submission.year,
      kecamatanCode: submission.kecamatanCode,
      indicatorCode: submission.indicatorCode,
    });
  }

  async plausibilityOf(ctx: RequestContext, submission: Submission): Promise<PlausibilityWarning[]> {
    const indicator = submission.indicatorPlausibility;
    if (!indicator?.plausibilityRule || !submission.answer) return [];
    const previous = await this.forSubmission(ctx, submission);
    const baseline =
      previous && previous.state === SubmissionStatus.VERIFIED
        ? { year: previous.year, answer: previous.answer }
        : null;
    return checkPlausibility(indicator, submission.answer, baseline).map((warning) =>
      Object.assign(new PlausibilityWarning(), warning),
    );
  }

  async forKecamatan(ctx: RequestContext, year: number, kecamatanCode: string): Promise<PreviousYearAnswer[]> {
    assertCanReadKecamatan(ctx, kecamatanCode);
    const catalog = await this.indicators.catalogForYear(ctx, year);
    const found = await ctx.loaders.previousYear.loadMany(
      catalog.indicators.map((indicator) => ({ year, kecamatanCode, indicatorCode: indicator.code })),
    );
    return found.filter((item): item is PreviousYearAnswer => item != null && !(item instanceof Error));
  }
}
