import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../app/i18n';
import {
  EMPTY_PLAUSIBILITY,
  plausibilityFormOf,
  plausibilityProblems,
  plausibilityRuleOf,
} from './plausibility-rule-form';
import { PlausibilityRuleEditor } from './PlausibilityRuleEditor';
import { formValuesOf, type IndicatorFormValues } from './scoring-rule-form';
import { indicatorFixture } from './indicator-fixtures';

const fields = (list: { field: string; code: string }[]) => list.map((e) => `${e.field}:${e.code}`);

describe('plausibility rule form', () => {
  it('turns inputs into the stored rule: empty is no bound, a decimal comma is read, no bound at all is null', () => {
    expect(plausibilityRuleOf({ ...EMPTY_PLAUSIBILITY, max: '20', maxChangePercent: '12,5' }, 'PERCENTAGE')).toEqual({
      max: 20,
      maxChangePercent: 12.5,
    });
    expect(plausibilityRuleOf(EMPTY_PLAUSIBILITY, 'COUNT')).toBeNull();
    // Bounds a measure type does not take are dropped, not sent.
    expect(plausibilityRuleOf({ ...EMPTY_PLAUSIBILITY, maxDenominatorChangePercent: '10' }, 'COUNT')).toBeNull();
    expect(plausibilityRuleOf({ ...EMPTY_PLAUSIBILITY, max: '5' }, 'YES_NO')).toBeNull();
    expect(plausibilityFormOf({ min: 1, max: null })).toEqual({ ...EMPTY_PLAUSIBILITY, min: '1' });
  });

  it('names each refused bound with the shared rule: min > max, negative share, text, above 100 %', () => {
    expect(fields(plausibilityProblems({ ...EMPTY_PLAUSIBILITY, min: '30', max: '20' }, 'PERCENTAGE'))).toEqual([
      'plausibility.min:MIN_GT_MAX',
    ]);
    expect(fields(plausibilityProblems({ ...EMPTY_PLAUSIBILITY, maxChangePercent: '-1' }, 'COUNT'))).toEqual([
      'plausibility.maxChangePercent:NEGATIVE',
    ]);
    expect(fields(plausibilityProblems({ ...EMPTY_PLAUSIBILITY, min: 'banyak' }, 'COUNT'))).toEqual([
      'plausibility.min:NOT_A_NUMBER',
    ]);
    expect(fields(plausibilityProblems({ ...EMPTY_PLAUSIBILITY, max: '101' }, 'PERCENTAGE'))).toEqual([
      'plausibility.max:OUT_OF_RANGE',
    ]);
  });
});

function Editor({ measureType }: { measureType: IndicatorFormValues['measureType'] }) {
  const form = useForm<IndicatorFormValues>({
    defaultValues: { ...formValuesOf(indicatorFixture({ code: 'K2-07', measureType, maxPoints: 30 })) },
  });
  return (
    <FormProvider {...form}>
      <PlausibilityRuleEditor code="K2-07" />
    </FormProvider>
  );
}

describe('PlausibilityRuleEditor', () => {
  it('shows the problem under the bound as it is typed', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <Editor measureType="PERCENTAGE" />
      </I18nextProvider>,
    );
    await user.type(screen.getByTestId('plausibility-K2-07-min'), '30');
    await user.type(screen.getByTestId('plausibility-K2-07-max'), '20');
    expect(screen.getByTestId('plausibility-error-K2-07-min')).toHaveTextContent(
      'Nilai terendah tidak boleh lebih besar dari nilai tertinggi.',
    );
    expect(screen.getByTestId('plausibility-K2-07-min')).toHaveAttribute('aria-invalid', 'true');
    await user.clear(screen.getByTestId('plausibility-K2-07-min'));
    expect(screen.queryByTestId('plausibility-error-K2-07-min')).toBeNull();
  });

  it('offers no bounds for a yes/no indicator', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <Editor measureType="YES_NO" />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('plausibility-editor-K2-07')).toBeNull();
  });
});
