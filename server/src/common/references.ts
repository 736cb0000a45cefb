import { JoinColumn, ManyToOne, type ObjectType, type RelationOptions } from 'typeorm';

/**
 * A many-to-one relation held in the entity's own foreign-key column `column` (declared beside it
 * with @Column): `@ManyToOne(target, { onDelete: 'RESTRICT', ...options })` with
 * `@JoinColumn({ name: column })`. RESTRICT unless told otherwise: a row that others point to is
 * not deleted under them.
 */
export function References<T>(
  target: () => ObjectType<T>,
  column: string,
  options: Pick<RelationOptions, 'nullable' | 'onDelete'> = {},
): PropertyDecorator {
  const join = JoinColumn({ name: column });
  const relation = ManyToOne(target, { onDelete: 'RESTRICT', ...options });
  return (prototype, property) => {
    // In the order the stacked pair applies (the lower decorator first).
    join(prototype, property);
    relation(prototype, property);
  };
}
