import { Field, Float, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { ValidationError } from '../../graphql/results.js';
import { HolidayEntity, HolidayKind } from './holiday.entity.js';

@ObjectType({
  description:
    'Turnaround of one kind of step in working days (WIB, Monday–Friday minus holidays and cuti bersama; a working day is 24 hours of a working date).',
})
export class TurnaroundFigure {
  @Field(() => Int, { description: 'Finished intervals counted.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'Median working days; null when none finished.' })
  medianWorkDays: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank) in working days.' })
  p90WorkDays: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) finished within one working day.' })
  withinOneWorkDayShare: number | null;

  @Field(() => Int, { description: 'Intervals still open (waiting) now.' })
  waiting: number;

  @Field(() => Float, { nullable: true, description: 'Working days the oldest open one has waited.' })
  oldestWaitingWorkDays: number | null;
}

@ObjectType({ description: 'Turnaround figures of one group (all, a kecamatan, a cluster or an evaluator).' })
export class TurnaroundGroup {
  @Field(() => String, { description: 'Kecamatan code, cluster code or evaluator username; "ALL" for the whole.' })
  code: string;

  @Field(() => String, { description: 'Name to show.' })
  name: string;

  @Field(() => TurnaroundFigure, { description: 'From submitted (or reopened) to verified or returned.' })
  decision: TurnaroundFigure;

  @Field(() => TurnaroundFigure, { description: 'From returned to resubmitted.' })
  resubmission: TurnaroundFigure;
}

@ObjectType({ description: 'How fast answers are decided and returned answers resubmitted, in one year.' })
export class Turnaround {
  @Field(() => Int, { description: 'The evaluation year.' })
  year: number;

  @Field(() => TurnaroundGroup, { description: 'Everything the filter selects.' })
  overall: TurnaroundGroup;

  @Field(() => [TurnaroundGroup], { description: 'Per kecamatan (code order).' })
  byKecamatan: TurnaroundGroup[];

  @Field(() => [TurnaroundGroup], { description: 'Per cluster (cluster order).' })
  byCluster: TurnaroundGroup[];

  @Field(() => [TurnaroundGroup], {
    description: 'Per evaluator: who decided, and for resubmissions who returned. Empty for operators.',
  })
  byEvaluator: TurnaroundGroup[];
}

@InputType({ description: 'A national holiday or cuti bersama to add or change (by date).' })
export class HolidayInput {
  @Field(() => String, { description: 'The WIB calendar date, YYYY-MM-DD (2000–2100).' })
  date: string;

  @Field(() => String, { description: 'Its name (1–120 characters).' })
  name: string;

  @Field(() => HolidayKind, { description: 'Libur nasional or cuti bersama.' })
  kind: HolidayKind;

  @Field(() => String, { nullable: true, description: 'Where the date comes from (at most 500 characters).' })
  source?: string | null;
}

@ObjectType({ description: 'A holiday was deleted.' })
export class HolidayDeleted {
  @Field(() => String, { description: 'The date that is a working day again (if a weekday).' })
  date: string;
}

export const HolidayResult = createUnionType({
  name: 'HolidayResult',
  description: 'The holiday as saved, or why it was refused (nothing changed).',
  types: () => [HolidayEntity, ValidationError] as const,
});

export const HolidayDeleteResult = createUnionType({
  name: 'HolidayDeleteResult',
  description: 'The deleted date, or why it was refused.',
  types: () => [HolidayDeleted, ValidationError] as const,
});
