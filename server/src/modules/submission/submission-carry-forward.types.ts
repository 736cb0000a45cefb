import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidTransitionError, StaleVersionError, Submission } from './submission.types.js';
import { NotAllowedError, PeriodClosedError, ValidationError } from '../../graphql/results.js';

@InputType({
  description:
    "Prefill a kecamatan's unanswered indicators of a year from the most recent earlier year's verified answers.",
})
export class CarryForwardSubmissionsInput {
  @Field(() => Int, { description: 'The year to prefill; its period must be OPEN.' })
  year: number;

  @Field(() => String, { description: 'The operator\'s own kecamatan, e.g. "32.75.09".' })
  kecamatanCode: string;
}

@ObjectType({
  description:
    'What carrying forward does (or did) per indicator of the year: prefilled + alreadyAnswered + noVerifiedAnswer + incompatible = the indicators of the year.',
})
export class CarryForwardCounts {
  @Field(() => Int, {
    nullable: true,
    description: 'The earlier year the answers come from; null when there is no earlier year.',
  })
  fromYear: number | null;

  @Field(() => Int, {
    description: 'Indicators prefilled (by the mutation) or that would be prefilled (by the offer).',
  })
  prefilled: number;

  @Field(() => Int, {
    description:
      'Indicators skipped because the year already has a submission for them (answered, started or carried forward before): nothing is overwritten.',
  })
  alreadyAnswered: number;

  @Field(() => Int, {
    description: 'Indicators without a VERIFIED answer of the same indicator code in the earlier year.',
  })
  noVerifiedAnswer: number;

  @Field(() => Int, {
    description:
      "Indicators whose earlier verified answer does not fit this year's indicator (another measure type, or an option that no longer exists).",
  })
  incompatible: number;

  @Field(() => Int, {
    description: "Verified answers of the earlier year whose indicator code is not in this year's indicator set.",
  })
  notInNewSet: number;
}

@ObjectType({
  description:
    'The carry-forward ran; prefilled submissions are DRAFT, marked carriedForward.pending, and count as unanswered until confirmed or edited.',
})
export class CarryForwardSuccess {
  @Field(() => CarryForwardCounts, { description: 'What was prefilled and why the rest was not.' })
  counts: CarryForwardCounts;

  @Field(() => [Submission], { description: 'The prefilled submissions (empty when nothing was prefilled).' })
  prefilled: Submission[];
}

export const CarryForwardSubmissionsResult = createUnionType({
  name: 'CarryForwardSubmissionsResult',
  description: 'The prefilled submissions with counts, or why nothing was prefilled.',
  types: () => [CarryForwardSuccess, ValidationError, PeriodClosedError, NotAllowedError] as const,
});

@InputType({ description: 'One carried-forward submission to confirm, guarded by the version the client last saw.' })
class ConfirmCarriedForwardItem {
  @Field(() => ID, { description: 'Submission.id.' })
  submissionId: string;

  @Field(() => Int, { description: 'The version the client last saw; another change since gives StaleVersionError.' })
  expectedVersion: number;
}

@InputType({
  description:
    'Carried-forward submissions to confirm as unchanged ("tidak berubah"), all or none; e.g. one card, or all of a cluster.',
})
export class ConfirmCarriedForwardInput {
  @Field(() => [ConfirmCarriedForwardItem], {
    description: 'At most 500 pending carried-forward submissions of one kecamatan and year.',
  })
  items: ConfirmCarriedForwardItem[];
}

@ObjectType({ description: 'The confirmed submissions: their carried value is now their answer and counts.' })
export class ConfirmCarriedForwardSuccess {
  @Field(() => [Submission], { description: 'The confirmed submissions.' })
  confirmed: Submission[];
}

export const ConfirmCarriedForwardResult = createUnionType({
  name: 'ConfirmCarriedForwardResult',
  description: 'The confirmed submissions, or why none was confirmed.',
  types: () =>
    [
      ConfirmCarriedForwardSuccess,
      ValidationError,
      StaleVersionError,
      InvalidTransitionError,
      PeriodClosedError,
      NotAllowedError,
    ] as const,
});
