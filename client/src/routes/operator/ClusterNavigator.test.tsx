import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { indicatorCardId } from '../../features/submission/IndicatorCard';
import {
  countIndicator,
  optionsIndicator,
  percentageAnswer,
  percentageIndicator,
  submission,
  yesNoIndicator,
} from '../../test/fixtures';
import { ClusterNavigator } from './ClusterNavigator';
import { clusterSectionId } from './ClusterSection';

const clusters = [
  { code: 'KEL', indicators: [optionsIndicator, countIndicator] },
  { code: 'K1', indicators: [percentageIndicator] },
  { code: 'K2', indicators: [yesNoIndicator] },
];
const count = (n: number) => ({
  __typename: 'Answer' as const,
  numerator: null,
  denominator: null,
  percentage: null,
  count: n,
  yes: null,
  option: null,
});

/** The navigator above stand-in sections and cards with the real DOM ids. */
function Form({ submissions }: { submissions: SubmissionFieldsFragment[] }) {
  const byCode = new Map(submissions.map((s) => [s.indicatorCode, s]));
  return (
    <>
      <ClusterNavigator clusters={clusters} submissionsByCode={byCode} />
      {clusters.map((cluster) => (
        <section key={cluster.code} id={clusterSectionId(cluster.code)}>
          <details>
            <summary>{cluster.code}</summary>
            {cluster.indicators.map((indicator: IndicatorFieldsFragment) => (
              <article
                key={indicator.code}
                id={indicatorCardId(indicator.code)}
                tabIndex={-1}
                data-testid={`card-${indicator.code}`}
              >
                <input aria-label={`field ${indicator.code}`} />
              </article>
            ))}
          </details>
        </section>
      ))}
    </>
  );
}

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  // jsdom has no layout: scrolling is recorded, not performed.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const saved = [
  submission({ indicatorCode: 'KEL-03', answer: count(5) }),
  // Carried forward from last year and not yet confirmed: still to be answered.
  submission({
    indicatorCode: 'K1-04',
    carriedForward: {
      __typename: 'CarriedForwardInfo',
      fromYear: 2025,
      pending: true,
      answer: percentageAnswer(96, 100),
    },
  }),
];

describe('ClusterNavigator', () => {
  it("shows each cluster's progress, counting a pending carried-forward answer as unanswered", () => {
    render(<Form submissions={saved} />);
    expect(screen.getByTestId('cluster-chip-KEL')).toHaveTextContent('KEL 1/2');
    expect(screen.getByTestId('cluster-chip-K1')).toHaveTextContent('K1 0/1');
    expect(screen.getByTestId('cluster-chip-K2')).toHaveTextContent('K2 0/1');
    expect(screen.getByTestId('next-unanswered')).toHaveAttribute('data-left', '3');
    expect(screen.getByRole('button', { name: 'KEL 1/2 (1 dari 2 indikator terisi)' })).toBe(
      screen.getByTestId('cluster-chip-KEL'),
    );
  });

  it('updates as answers are saved, and says when everything is answered', () => {
    const { rerender } = render(<Form submissions={saved} />);
    const all = [
      ...saved.slice(0, 1),
      submission({ indicatorCode: 'KEL-01', answer: { ...count(0), count: null, option: 'ADA' } }),
      submission({ indicatorCode: 'K1-04', answer: percentageAnswer(96, 100) }),
      submission({ indicatorCode: 'K2-08', answer: { ...count(0), count: null, yes: true } }),
    ];
    rerender(<Form submissions={all} />);
    expect(screen.getByTestId('cluster-chip-KEL')).toHaveTextContent('KEL 2/2');
    expect(screen.getByTestId('cluster-chip-K1')).toHaveTextContent('K1 1/1');
    expect(screen.getByTestId('next-unanswered')).toBeDisabled();
    expect(screen.getByTestId('next-unanswered')).toHaveTextContent('Semua sudah terisi');
  });

  it('"Berikutnya yang belum diisi" opens the section, scrolls to the card and focuses its first field; then moves on and wraps', async () => {
    const user = userEvent.setup();
    render(<Form submissions={saved} />);
    await user.click(screen.getByTestId('next-unanswered'));
    // Nothing is laid out in jsdom, so nothing is "below": it wraps to the first unanswered one.
    expect(screen.getByLabelText('field KEL-01')).toHaveFocus();
    expect(scrolled).toContain(screen.getByTestId('card-KEL-01'));
    expect(screen.getByTestId('card-KEL-01').closest('details')).toHaveProperty('open', true);

    // Lay the page out: the navigator sticks at the top (60 px), the cards sit at these offsets,
    // and scrolling to a card puts it 72 px from the top (its scroll margin).
    const offsets: Record<string, number> = { 'KEL-01': 100, 'KEL-03': 500, 'K1-04': 900, 'K2-08': 1300 };
    const codeOf = (element: Element) =>
      element.id.startsWith(indicatorCardId('')) ? element.id.slice(indicatorCardId('').length) : null;
    let scrollY = offsets['KEL-01'] - 72;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      const code = codeOf(this);
      if (code) scrollY = offsets[code] - 72;
    });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const code = codeOf(this);
      const top = code ? offsets[code] - scrollY : 0;
      const height = code ? 300 : this.getAttribute('data-testid') === 'cluster-nav' ? 60 : 0;
      return {
        top,
        bottom: top + height,
        height,
        left: 0,
        right: 360,
        width: 360,
        x: 0,
        y: top,
        toJSON: () => ({}),
      } as DOMRect;
    });
    await user.click(screen.getByTestId('next-unanswered'));
    // KEL-03 below is answered already.
    expect(screen.getByLabelText('field K1-04')).toHaveFocus();
    await user.click(screen.getByTestId('next-unanswered'));
    expect(screen.getByLabelText('field K2-08')).toHaveFocus();
    // Nothing unanswered below the last one: back to the first.
    await user.click(screen.getByTestId('next-unanswered'));
    expect(screen.getByLabelText('field KEL-01')).toHaveFocus();
  });

  it("a chip opens its cluster, scrolls to it and focuses the cluster's summary", async () => {
    const user = userEvent.setup();
    render(<Form submissions={saved} />);
    await user.click(screen.getByTestId('cluster-chip-K2'));
    const section = document.getElementById(clusterSectionId('K2'))!;
    expect(section.querySelector('details')).toHaveProperty('open', true);
    expect(scrolled).toContain(section);
    expect(section.querySelector('summary')).toHaveFocus();
  });
});
