import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { SubmissionCarryForwardService } from './submission-carry-forward.service.js';
import {
  CarryForwardCounts,
  CarryForwardSubmissionsInput,
  CarryForwardSubmissionsResult,
  ConfirmCarriedForwardInput,
  ConfirmCarriedForwardResult,
} from './submission-carry-forward.types.js';

@Resolver()
export class SubmissionCarryForwardResolver {
  constructor(private readonly carryForward: SubmissionCarryForwardService) {}

  @Authorized()
  @Query(() => CarryForwardCounts, {
    description:
      "What carryForwardSubmissions would prefill now from the most recent earlier year's verified answers (operators: their own kecamatan). Writes nothing.",
  })
  carryForwardOffer(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The year to prefill, e.g. 2026.' }) year: number,
    @Arg('kecamatanCode', () => String, { description: 'Kemendagri code, e.g. "32.75.09".' }) kecamatanCode: string,
  ): Promise<CarryForwardCounts> {
    return this.carryForward.offer(ctx, year, kecamatanCode);
  }

  @Authorized()
  @Mutation(() => CarryForwardSubmissionsResult, {
    description:
      "Operator: prefill the year's indicators that have no submission yet from the most recent earlier year's verified answers, notes and evidence references. Never overwrites; running it again prefills nothing new.",
  })
  carryForwardSubmissions(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CarryForwardSubmissionsInput, { description: 'Year and kecamatan.' })
    input: CarryForwardSubmissionsInput,
  ): Promise<typeof CarryForwardSubmissionsResult> {
    return this.carryForward.carryForward(ctx, input);
  }

  @Authorized()
  @Mutation(() => ConfirmCarriedForwardResult, {
    description:
      'Operator: confirm carried-forward answers as unchanged ("tidak berubah"); each is guarded by its expectedVersion; all or none.',
  })
  confirmCarriedForward(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConfirmCarriedForwardInput, {
      description: 'The submissions to confirm and the versions seen.',
    })
    input: ConfirmCarriedForwardInput,
  ): Promise<typeof ConfirmCarriedForwardResult> {
    return this.carryForward.confirm(ctx, input);
  }
}
