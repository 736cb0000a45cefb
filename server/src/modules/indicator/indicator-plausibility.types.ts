import { Field, Float, InputType, ObjectType } from 'type-graphql';
import type { PlausibilityRule as PlausibilityRuleData } from '@kecala/domain';

@ObjectType({
  description:
    'When an answer looks implausible (data, edited in the instrument editor): warnings only, never a refusal. Unset bounds are null.',
})
export class PlausibilityRule implements PlausibilityRuleData {
  @Field(() => Float, { nullable: true, description: 'Lowest plausible percentage (0–100) or count.' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest plausible percentage (0–100) or count.' })
  max: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Largest plausible change against the kecamatan's last verified value, in % of it (100 = doubled).",
  })
  maxChangePercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "PERCENTAGE only: largest plausible change of the denominator against last year's verified one, in %.",
  })
  maxDenominatorChangePercent: number | null;
}

@InputType({ description: 'A plausibility rule; every bound optional, all not negative; min ≤ max.' })
export class PlausibilityRuleInput implements PlausibilityRuleData {
  @Field(() => Float, { nullable: true, description: 'Lowest plausible percentage (0–100) or count.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest plausible percentage (0–100) or count.' })
  max?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Largest plausible change against last year's verified value, in %.",
  })
  maxChangePercent?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'PERCENTAGE only: largest plausible change of the denominator, in %.',
  })
  maxDenominatorChangePercent?: number | null;
}

/** The GraphQL view of a stored rule (null when the indicator has none). */
export function toPlausibilityRule(rule: PlausibilityRuleData | null | undefined): PlausibilityRule | null {
  if (!rule) return null;
  return {
    min: rule.min ?? null,
    max: rule.max ?? null,
    maxChangePercent: rule.maxChangePercent ?? null,
    maxDenominatorChangePercent: rule.maxDenominatorChangePercent ?? null,
  };
}
