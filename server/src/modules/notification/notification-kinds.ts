import { registerEnumType } from 'type-graphql';

export enum NotificationKind {
  ANSWER_RETURNED = 'ANSWER_RETURNED',
  ANSWER_VERIFIED = 'ANSWER_VERIFIED',
  ANSWER_CORRECTED = 'ANSWER_CORRECTED',
  DEADLINE_NEAR = 'DEADLINE_NEAR',
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  PERIOD_REOPENED = 'PERIOD_REOPENED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  SUBMISSIONS_WAITING = 'SUBMISSIONS_WAITING',
  WAITING_OVERDUE = 'WAITING_OVERDUE',
  RESUBMITTED = 'RESUBMITTED',
  IMPORT_APPLIED = 'IMPORT_APPLIED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  COMMENT_POSTED = 'COMMENT_POSTED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    ANSWER_RETURNED: { description: 'Operator: an answer was returned, with the reason.' },
    ANSWER_VERIFIED: { description: 'Operator: answers were verified as entered.' },
    ANSWER_CORRECTED: { description: 'Operator: an answer was verified with a corrected value.' },
    DEADLINE_NEAR: { description: 'Operator: the deadline is 7, 3 or 1 days away.' },
    PERIOD_CLOSED: { description: 'Operator: the year was closed.' },
    PERIOD_REOPENED: { description: 'Operator: the year was reopened.' },
    PASSWORD_RESET: { description: 'The password was reset by an admin.' },
    SUBMISSIONS_WAITING: { description: 'Evaluator: new submissions wait for verification.' },
    WAITING_OVERDUE: { description: 'Evaluator: submissions have waited more than one working day.' },
    RESUBMITTED: { description: 'Evaluator: returned answers were resubmitted.' },
    IMPORT_APPLIED: { description: 'Admin: a spreadsheet import was applied.' },
    ACCOUNT_LOCKED: { description: 'Admin: an account was locked after failed sign-ins.' },
    COMMENT_POSTED: { description: 'Operator and evaluator: the other side wrote a comment on an answer.' },
  },
});
