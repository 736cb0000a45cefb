import type { TFunction } from 'i18next';
import { type MeasureType, percentageOf } from '@kecala/domain';
import { formatNumber, formatPercent } from '../../shared/format';
import { indicatorText, localized } from '../../shared/localized';
import { type StoredAnswerLike, answerOfMeasure } from './answer-draft';

interface AnswerContext {
  measureType: MeasureType;
  unit?: string | null;
  unitEn?: string | null;
  options: ReadonlyArray<{ value: string; label: string; labelEn?: string | null }>;
}

/** One line describing an answer, e.g. "45 / 60 (75%)", "12 lembaga", "Ya". */
export function describeAnswer(
  indicator: AnswerContext,
  stored: StoredAnswerLike['answer'],
  t: TFunction,
  language: string,
): string {
  const answer = answerOfMeasure(indicator.measureType, stored);
  if (!answer) return t('answer.empty');
  switch (indicator.measureType) {
    case 'PERCENTAGE': {
      const percentage = percentageOf(answer);
      return t('answer.percentage', {
        numerator: answer.numerator == null ? '?' : formatNumber(answer.numerator, language),
        denominator: answer.denominator == null ? '?' : formatNumber(answer.denominator, language),
        percentage: percentage == null ? '—' : formatPercent(percentage, language),
      });
    }
    case 'COUNT':
      return answer.count == null
        ? t('answer.empty')
        : [formatNumber(answer.count, language), indicatorText(indicator, 'unit', language)].filter(Boolean).join(' ');
    case 'YES_NO':
      return answer.yes ? t('field.yes') : t('field.no');
    case 'OPTIONS': {
      const option = indicator.options.find((o) => o.value === answer.option);
      if (!option) return answer.option ?? t('answer.empty');
      return localized(option.label, option.labelEn, language);
    }
  }
}
