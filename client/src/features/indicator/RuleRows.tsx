import type { ReactNode } from 'react';
import { useFormContext, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFormValues } from './scoring-rule-form';
import './indicator.css';

/** One labelled input of a rule row, registered in the indicator form; `number` for points and bounds. */
export function RuleInput({
  label,
  name,
  number = false,
  testId,
}: {
  label: string;
  name: Path<IndicatorFormValues>;
  number?: boolean;
  testId?: string;
}) {
  const { register } = useFormContext<IndicatorFormValues>();
  return (
    <label>
      {label}
      <input {...(number ? NUMBER_INPUT : {})} data-testid={testId} {...register(name)} />
    </label>
  );
}

const NUMBER_INPUT = { type: 'number', inputMode: 'decimal' } as const;

/**
 * The rows of a field array (bands, options, evidence items): each row's inputs with its "×"
 * remove button, then the add button.
 */
export function RuleRows({
  rowIds,
  rowTestId,
  renderRow,
  onRemove,
  addLabel,
  onAdd,
}: {
  /** The field array's `fields[].id`, one per row. */
  rowIds: readonly string[];
  /** The row's test id, followed by `-<index>`. */
  rowTestId: string;
  renderRow: (index: number) => ReactNode;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {rowIds.map((id, i) => (
        <div className="rule-row" key={id} data-testid={`${rowTestId}-${i}`}>
          {renderRow(i)}
          <button
            type="button"
            className="button button--small"
            onClick={() => onRemove(i)}
            aria-label={t('instrument.rule.removeRow')}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={onAdd}>
        {addLabel}
      </button>
    </>
  );
}
