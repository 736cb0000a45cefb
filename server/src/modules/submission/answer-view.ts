import { FIELDS_BY_MEASURE, percentageOf } from '@kecala/domain';
import type { IndicatorEntity } from '../indicator/indicator.entity.js';
import type { SubmissionEntity } from './submission.entity.js';
import type { AnswerView } from './submission.types.js';

/** A stored answer as GraphQL shows it (with its percentage); null when the measure type's fields are empty. */
export function answerOf(
  row: Pick<SubmissionEntity, 'numerator' | 'denominator' | 'count' | 'yes' | 'option'>,
  indicator: Pick<IndicatorEntity, 'measureType'>,
): AnswerView | null {
  const fields = FIELDS_BY_MEASURE[indicator.measureType];
  if (fields.every((field) => row[field] == null)) return null;
  return {
    numerator: row.numerator,
    denominator: row.denominator,
    percentage: percentageOf(row),
    count: row.count,
    yes: row.yes,
    option: row.option,
  };
}
