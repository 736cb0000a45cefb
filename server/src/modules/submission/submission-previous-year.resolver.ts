import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Submission } from './submission.types.js';
import { PlausibilityWarning, PreviousYearAnswer } from './submission-previous-year.types.js';
import { SubmissionPreviousYearService } from './submission-previous-year.service.js';

/** Last year beside each answer, and the plausibility warnings of an answer (both batched per request). */
@Resolver(() => Submission)
export class SubmissionPreviousYearResolver {
  constructor(private readonly service: SubmissionPreviousYearService) {}

  @FieldResolver(() => PreviousYearAnswer, {
    nullable: true,
    description:
      "This kecamatan's answer to this indicator in the previous real year (demo years never count); null when there is none. Batched: one statement for the whole list.",
  })
  previousYear(@Ctx() ctx: RequestContext, @Root() submission: Submission): Promise<PreviousYearAnswer | null> {
    return this.service.forSubmission(ctx, submission);
  }

  @FieldResolver(() => [PlausibilityWarning], {
    description:
      "Why the answer looks implausible under the indicator's plausibility rule and last year's verified value; empty when plausible. Warnings never block a save.",
  })
  plausibility(@Ctx() ctx: RequestContext, @Root() submission: Submission): Promise<PlausibilityWarning[]> {
    return this.service.plausibilityOf(ctx, submission);
  }

  @Authorized()
  @Query(() => [PreviousYearAnswer], {
    description:
      "A kecamatan's answers of the previous real year for every indicator of this year's set that had one (operators: their own kecamatan only), for the cards of indicators not answered yet.",
  })
  previousYearAnswers(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The evaluation year whose previous year is wanted, e.g. 2026.' })
    year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
  ): Promise<PreviousYearAnswer[]> {
    return this.service.forKecamatan(ctx, year, kecamatanCode);
  }
}
