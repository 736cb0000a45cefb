import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorResult } from './error-result.js';

// Result types that several modules return: the typed refusals every mutation may answer with,
// and the short view of who did something.

@ObjectType({ description: 'Who last changed something.' })
export class UserSummary {
  @Field(() => String, { description: 'Sign-in name.' })
  username: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName: string;
}

@ObjectType({ description: 'Why one input field was refused.' })
export class FieldError {
  @Field(() => String, { description: 'Input path, e.g. "answer.numerator".' })
  field: string;

  @Field(() => String, { description: 'E.g. NUMERATOR_EXCEEDS_DENOMINATOR, NEGATIVE, NOT_AN_INTEGER.' })
  code: string;

  @Field(() => String, { description: 'Human-readable explanation (English).' })
  message: string;
}

@ObjectType({ implements: ErrorResult, description: 'The input was refused; nothing was saved.' })
export class ValidationError extends ErrorResult {
  @Field(() => [FieldError], { description: 'Every refused field.' })
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    super('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('; '));
    this.fieldErrors = fieldErrors;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The period is closed for entry.' })
export class PeriodClosedError extends ErrorResult {
  @Field(() => Int, { description: 'The closed year.' })
  year: number;

  constructor(year: number) {
    super('PERIOD_CLOSED', `The evaluation period ${year} is closed; answers can no longer be changed.`);
    this.year = year;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The signed-in user may not do this.' })
export class NotAllowedError extends ErrorResult {
  constructor(message: string) {
    super('NOT_ALLOWED', message);
  }
}
