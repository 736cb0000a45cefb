import { Field, InterfaceType } from 'type-graphql';

/** Base of the typed errors returned (not thrown) for expected business outcomes. */
@InterfaceType({ description: 'An expected outcome that is not a success, returned as a union member.' })
export abstract class ErrorResult {
  @Field(() => String, { description: 'Stable machine-readable code, e.g. STALE_VERSION.' })
  code: string;

  @Field(() => String, { description: 'Human-readable explanation (English).' })
  message: string;

  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}
