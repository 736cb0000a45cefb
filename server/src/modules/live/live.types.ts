import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { SCORE_CHANGE_REASONS, type ScoreChangeReason } from './score-events.js';

const ScoreChangeReasonEnum = enumOf(SCORE_CHANGE_REASONS);
registerEnumType(ScoreChangeReasonEnum, {
  name: 'ScoreChangeReason',
  description: "What changed a kecamatan's answers, states or evidence.",
  valuesConfig: {
    SAVED: { description: 'An operator saved an answer.' },
    SUBMITTED: { description: 'An operator submitted answers.' },
    RETURNED: { description: 'An evaluator returned an answer.' },
    VERIFIED: { description: 'An evaluator verified one or more answers.' },
    REOPENED: { description: 'An evaluator reopened a verified answer.' },
    EVIDENCE: { description: 'Evidence was uploaded, removed or judged.' },
  },
});

@ObjectType({
  description:
    "A kecamatan's answers, states or evidence changed in a year: refetch what you show of it. Sent after the change committed.",
})
export class ScoresChangedEvent {
  @Field(() => Int, { description: 'Evaluation year of the change.' })
  year: number;

  @Field(() => String, { description: 'Kemendagri code of the kecamatan that changed, e.g. "32.75.09".' })
  kecamatanCode: string;

  @Field(() => ScoreChangeReasonEnum, { description: 'What changed.' })
  reason: ScoreChangeReason;

  @Field(() => Date, { description: 'When the change was announced (after its commit).' })
  at: Date;
}
