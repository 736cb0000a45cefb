import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { indicatorText, localized } from '../../shared/localized';
import { type ComparedField, type ValueChange, changesSinceReturn } from './changes-since-return';
import './review.css';

/** The name of a compared field: the indicator's own label for numerator and denominator. */
function fieldLabel(t: TFunction, indicator: IndicatorFieldsFragment, field: ComparedField, language: string): string {
  switch (field) {
    case 'numerator':
      return indicatorText(indicator, 'numeratorLabel', language) || t('field.numerator');
    case 'denominator':
      return indicatorText(indicator, 'denominatorLabel', language) || t('field.denominator');
    case 'count':
      return t('field.count');
    case 'yes':
    case 'option':
      return t('indicator.answer');
    case 'note':
      return t('indicator.note');
  }
}

/** One side of a change in words: the number with its unit, yes/no, the option's label, or the note. */
function changeValueText(
  t: TFunction,
  indicator: IndicatorFieldsFragment,
  change: ValueChange,
  value: ValueChange['before'],
  language: string,
): string {
  if (value == null) return t('answer.empty');
  if (typeof value === 'number')
    return [formatNumber(value, language), change.field === 'count' ? indicatorText(indicator, 'unit', language) : null]
      .filter(Boolean)
      .join(' ');
  if (typeof value === 'boolean') return value ? t('field.yes') : t('field.no');
  if (change.field === 'option') {
    const option = indicator.options.find((o) => o.value === value);
    return option ? localized(option.label, option.labelEn, language) : value;
  }
  return value;
}

/** The answer and note when the submission was returned against now; changed values highlighted. */
export function ChangesSinceReturn({
  indicator,
  submission,
}: {
  indicator: IndicatorFieldsFragment;
  submission: Pick<SubmissionFieldsFragment, 'answer' | 'note' | 'returnedVersion'>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const changes = changesSinceReturn(indicator.measureType, submission);
  if (!changes) return null;

  const labelOf = (field: ComparedField) => fieldLabel(t, indicator, field, language);
  const valueText = (change: ValueChange, value: ValueChange['before']) =>
    changeValueText(t, indicator, change, value, language);

  return (
    <section
      className="review-section changes"
      aria-labelledby={`changes-${indicator.code}`}
      data-testid="changes-since-return"
      data-changed={changes.anyChanged}
    >
      <h3 id={`changes-${indicator.code}`} className="review-section-title">
        {t('review.changesTitle')}
      </h3>
      {!changes.anyChanged && <p className="changes-none">{t('review.changesNone')}</p>}
      <div className="table-scroll">
        <table className="changes-table">
          <thead>
            <tr>
              <th scope="col">{t('review.changesField')}</th>
              <th scope="col">{t('review.changesWhenReturned')}</th>
              <th scope="col">{t('review.changesNow')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.values.map((change) => (
              <tr
                key={change.field}
                className={change.changed ? 'change change--changed' : 'change'}
                data-field={change.field}
                data-changed={change.changed}
              >
                <th scope="row">{labelOf(change.field)}</th>
                <td className="change-before">{valueText(change, change.before)}</td>
                <td className="change-after">
                  {valueText(change, change.after)}
                  {change.changed && <span className="change-mark">{t('review.changed')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
