import { createUnionType } from 'type-graphql';
import { ValidationError } from '../../graphql/results.js';
import { Period } from './period.entity.js';

export const PeriodResult = createUnionType({
  name: 'PeriodResult',
  description: 'The period as saved, or why the change was refused (nothing changed).',
  types: () => [Period, ValidationError] as const,
});
