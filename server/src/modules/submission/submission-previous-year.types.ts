import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PLAUSIBILITY_CODES, type PlausibilityCode } from '@kecala/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { SubmissionStatus } from './submission.entity.js';
import { AnswerView } from './submission.types.js';

@ObjectType({
  description:
    "The same kecamatan's answer to the same indicator in the previous real year (demo years never count), shown beside this year's.",
})
export class PreviousYearAnswer {
  @Field(() => String, { description: 'Indicator code, e.g. "K1-04".' })
  indicatorCode: string;

  @Field(() => Int, { description: 'The previous real (non-demo) evaluation year.' })
  year: number;

  @Field(() => SubmissionStatus, {
    description: 'Its state; only VERIFIED is the verified value plausibility compares with.',
  })
  state: SubmissionStatus;

  @Field(() => AnswerView, {
    nullable: true,
    description: 'The verified answer when VERIFIED, else the answer as entered.',
  })
  answer: AnswerView | null;

  @Field(() => Float, { description: "Points of that answer under that year's rule." })
  points: number;
}

export const PlausibilityCodeEnum = enumOf(PLAUSIBILITY_CODES);
registerEnumType(PlausibilityCodeEnum, {
  name: 'PlausibilityCode',
  description: 'Why an answer looks implausible (a warning: it never blocks a save).',
  valuesConfig: {
    BELOW_MIN: { description: 'Below the plausible minimum of the indicator.' },
    ABOVE_MAX: { description: 'Above the plausible maximum of the indicator.' },
    CHANGE_TOO_LARGE: { description: "Changed more than the plausible share since last year's verified value." },
    DENOMINATOR_CHANGE: { description: "The denominator moved more than the plausible share since last year's." },
  },
});

@ObjectType({ description: 'One plausibility warning, in Bahasa Indonesia and English.' })
export class PlausibilityWarning {
  @Field(() => PlausibilityCodeEnum, { description: 'Which rule fired.' })
  code: PlausibilityCode;

  @Field(() => String, { description: 'In Bahasa Indonesia, e.g. "naik 300 % dari 2025 (5 → 20)".' })
  message: string;

  @Field(() => String, { description: 'In English.' })
  messageEn: string;
}
