import type { IndicatorFieldsFragment } from '../../../gql/graphql';
import { useLocalized } from '../../../shared/localized';
import { CountField } from './CountField';
import { OptionsField } from './OptionsField';
import { PercentageField } from './PercentageField';
import { YesNoField } from './YesNoField';

/**
 * The inputs of an answer for the indicator's measure type: the operator's card and the
 * evaluator's correction use the same ones. `onCommit` saves at once on a choice (yes/no, options).
 */
export function AnswerFields({
  indicator,
  idPrefix,
  onCommit,
}: {
  indicator: IndicatorFieldsFragment;
  idPrefix: string;
  onCommit?: () => void;
}) {
  const local = useLocalized();
  const { measureType } = indicator;
  return (
    <>
      {measureType === 'PERCENTAGE' && (
        <PercentageField
          idPrefix={idPrefix}
          numeratorLabel={local.indicator(indicator, 'numeratorLabel')}
          denominatorLabel={local.indicator(indicator, 'denominatorLabel')}
          allowNoCases={indicator.scoring.noCasesPoints != null}
        />
      )}
      {measureType === 'COUNT' && <CountField idPrefix={idPrefix} unit={local.indicator(indicator, 'unit')} />}
      {measureType === 'YES_NO' && <YesNoField idPrefix={idPrefix} onCommit={onCommit} />}
      {measureType === 'OPTIONS' && (
        <OptionsField idPrefix={idPrefix} options={indicator.options} onCommit={onCommit} />
      )}
    </>
  );
}
