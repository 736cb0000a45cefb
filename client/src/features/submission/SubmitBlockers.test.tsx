import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { countIndicator, percentageIndicator } from '../../test/fixtures';
import { indicatorCardId } from './IndicatorCard';
import { type IndicatorLabels, SubmitResultMessage } from './SubmitForVerification';
import type { SubmitSubmissionsOutcome } from './use-submit-submissions';

const labels: IndicatorLabels = new Map([percentageIndicator, countIndicator].map((i) => [i.code, i]));
const outcome: SubmitSubmissionsOutcome = {
  kind: 'incomplete',
  message: 'incomplete',
  items: [
    { indicatorCode: 'K1-04', answerMissing: true, unconfirmed: false, missingEvidence: [] },
    { indicatorCode: 'KEL-03', answerMissing: false, unconfirmed: false, missingEvidence: ['SK_CAMAT'] },
  ],
};

/** The result under its submit button, and the two cards in closed sections further down. */
function Page() {
  return (
    <>
      <SubmitResultMessage
        outcome={outcome}
        indicators={labels}
        testId="submit-result-all"
        source="Ajukan klaster K1"
      />
      {['K1-04', 'KEL-03'].map((code) => (
        <details key={code}>
          <summary>{code}</summary>
          <article id={indicatorCardId(code)} tabIndex={-1} data-testid={`card-${code}`}>
            <input aria-label={`field ${code}`} />
          </article>
        </details>
      ))}
    </>
  );
}

let scrolled: Element[];
beforeEach(() => {
  scrolled = [];
  // jsdom has no scrollIntoView: record the calls.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});

describe('what blocks a submit', () => {
  it('says which submit control it answers and lists each indicator as a link to its card', () => {
    render(<Page />);
    const result = screen.getByTestId('submit-result-all');
    expect(result).toHaveTextContent('Ajukan klaster K1: Belum dapat diajukan');
    expect(within(result).getByTestId('missing-link-K1-04')).toHaveAttribute('href', `#${indicatorCardId('K1-04')}`);
    // It comes into view where it appeared.
    expect(scrolled).toContain(result);
  });

  it('a missing answer leads to the first field of the card, scrolled into view in its opened section', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByTestId('missing-link-K1-04'));
    expect(scrolled).toContain(screen.getByTestId('card-K1-04'));
    expect(screen.getByTestId('card-K1-04').closest('details')).toHaveProperty('open', true);
    expect(screen.getByLabelText('field K1-04')).toHaveFocus();
  });

  it('missing evidence leads to the card itself; "Kembali ke daftar" brings focus back to the list', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.queryByTestId('submit-result-all-back')).toBeNull();
    await user.click(screen.getByTestId('missing-link-KEL-03'));
    expect(screen.getByTestId('card-KEL-03')).toHaveFocus();
    expect(scrolled.at(-1)).toBe(screen.getByTestId('card-KEL-03'));

    await user.click(screen.getByRole('button', { name: /Kembali ke daftar/ }));
    const list = screen.getByTestId('submit-result-all');
    expect(list).toHaveFocus();
    expect(scrolled.at(-1)).toBe(list);
    expect(screen.queryByTestId('submit-result-all-back')).toBeNull();
  });
});
