import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { i18n } from '../../app/i18n';
import { renderWithApollo } from '../../test/render';
import {
  KECAMATAN,
  YEAR,
  countIndicator,
  optionsIndicator,
  percentageAnswer,
  percentageIndicator,
  servedIndicator,
  submission,
} from '../../test/fixtures';
import { ReviewPanel } from '../review/ReviewPanel';
import { SubmissionHistoryDocument } from '../review/review.documents';
import { IndicatorCard } from './IndicatorCard';

const englishCount = { ...countIndicator, shortNameEn: 'Community involvement', unitEn: 'organisations' };

function card(indicator = percentageIndicator) {
  renderWithApollo(<IndicatorCard indicator={indicator} submission={null} year={YEAR} kecamatanCode={KECAMATAN} />);
  return screen.getByTestId(`indicator-${indicator.code}`);
}

describe('indicator texts in English', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(async () => {
    await i18n.changeLanguage('id');
  });

  it('the card shows the English short name, full name, guidance and measure labels, and no Bahasa text', () => {
    const el = card();
    expect(within(el).getByRole('heading', { level: 3 })).toHaveTextContent('4. Birth certificates');
    expect(el).toHaveTextContent('Children with a birth certificate');
    expect(el).toHaveTextContent('Operational definition: children aged 0–17 with a birth certificate.');
    expect(within(el).getByLabelText('Children aged 0–17 with a birth certificate')).toBeInTheDocument();
    expect(within(el).getByLabelText('Number of children aged 0–17')).toBeInTheDocument();
    for (const bahasa of [
      percentageIndicator.shortName,
      percentageIndicator.name,
      percentageIndicator.guidance,
      percentageIndicator.numeratorLabel!,
      percentageIndicator.denominatorLabel!,
    ])
      expect(el).not.toHaveTextContent(bahasa);
  });

  it('falls back to the Bahasa text where an English field is empty', () => {
    const el = card(servedIndicator);
    expect(within(el).getByRole('heading', { level: 3 })).toHaveTextContent('21. Korban Kekerasan');
    expect(within(el).getByLabelText('Anak korban yang terlayani')).toBeInTheDocument();
  });

  it('shows the English unit and option labels', () => {
    expect(card(englishCount)).toHaveTextContent('organisations');
    expect(card(optionsIndicator)).toHaveTextContent('Policy in place, implemented and funded');
  });

  it('follows the switch back to Bahasa without a refetch', async () => {
    const el = card();
    await i18n.changeLanguage('id');
    expect(await within(el).findByRole('heading', { level: 3, name: /Akta Kelahiran/ })).toBeInTheDocument();
    expect(within(el).getByLabelText(percentageIndicator.numeratorLabel!)).toBeInTheDocument();
  });

  it('the review panel names the indicator and the answer in English', () => {
    renderWithApollo(
      <ReviewPanel
        submission={submission({
          indicatorCode: 'K1-04',
          status: 'SUBMITTED',
          answer: percentageAnswer(45, 60),
          points: 40,
        })}
        indicator={percentageIndicator}
        kecamatanName="Jatiasih"
        onClose={() => {}}
      />,
      {
        mocks: [
          {
            request: { query: SubmissionHistoryDocument, variables: { submissionId: 'sub-K1-04' } },
            result: { data: { submissionHistory: [] } },
          },
        ],
      },
    );
    expect(screen.getByText('4. Birth certificates')).toBeInTheDocument();
    expect(screen.getByText('Children with a birth certificate')).toBeInTheDocument();
    expect(screen.queryByText(/Akta Kelahiran/)).not.toBeInTheDocument();
  });
});
