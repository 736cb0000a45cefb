import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { percentageAnswer, percentageIndicator, submission, yesNoIndicator } from '../../test/fixtures';
import { ChangesSinceReturn } from './ChangesSinceReturn';
import { changesSinceReturn } from './changes-since-return';

const returnedVersion = (answer: ReturnType<typeof percentageAnswer> | null, note: string | null) => ({
  __typename: 'ReturnedVersion' as const,
  answer,
  note,
  evidenceFileIds: ['file-1'],
});

describe('changesSinceReturn', () => {
  it('is null for a submission that was never returned', () => {
    expect(
      changesSinceReturn('PERCENTAGE', submission({ indicatorCode: 'K1-04', answer: percentageAnswer(1, 2) })),
    ).toBeNull();
  });

  it('compares each field of the measure type and the note', () => {
    const changes = changesSinceReturn(
      'PERCENTAGE',
      submission({
        indicatorCode: 'K1-04',
        answer: percentageAnswer(45, 80),
        note: 'Data Disdukcapil',
        returnedVersion: returnedVersion(percentageAnswer(45, 60), null),
      }),
    );
    expect(changes).toEqual({
      anyChanged: true,
      values: [
        { field: 'numerator', before: 45, after: 45, changed: false },
        { field: 'denominator', before: 60, after: 80, changed: true },
        { field: 'note', before: null, after: 'Data Disdukcapil', changed: true },
      ],
    });
  });

  it('treats blank notes as no note and reports no change when nothing moved', () => {
    const changes = changesSinceReturn(
      'PERCENTAGE',
      submission({
        indicatorCode: 'K1-04',
        answer: percentageAnswer(45, 60),
        note: '   ',
        returnedVersion: returnedVersion(percentageAnswer(45, 60), null),
      }),
    );
    expect(changes?.anyChanged).toBe(false);
  });

  it('notices an answer cleared or given since', () => {
    const yes = {
      __typename: 'Answer' as const,
      numerator: null,
      denominator: null,
      percentage: null,
      count: null,
      yes: true,
      option: null,
    };
    const changes = changesSinceReturn(
      'YES_NO',
      submission({ indicatorCode: 'K2-08', answer: yes, returnedVersion: returnedVersion(null, null) }),
    );
    expect(changes?.values[0]).toEqual({ field: 'yes', before: null, after: true, changed: true });
  });
});

describe('ChangesSinceReturn', () => {
  it('highlights the changed values with their labels, before and now', () => {
    render(
      <ChangesSinceReturn
        indicator={percentageIndicator}
        submission={submission({
          indicatorCode: 'K1-04',
          answer: percentageAnswer(45, 1200),
          note: null,
          returnedVersion: returnedVersion(percentageAnswer(45, 60), null),
        })}
      />,
    );
    const section = screen.getByTestId('changes-since-return');
    expect(section).toHaveAttribute('data-changed', 'true');
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-changed'))).toEqual(['false', 'true', 'false']);
    const denominator = rows[1];
    expect(within(denominator).getByRole('rowheader')).toHaveTextContent('Jumlah anak 0–17 tahun');
    expect(denominator).toHaveClass('change--changed');
    expect(denominator.querySelector('.change-before')).toHaveTextContent('60');
    expect(denominator.querySelector('.change-after')).toHaveTextContent('1.200berubah');
    expect(within(rows[0]).queryByText('berubah')).toBeNull();
  });

  it('says so when the operator changed nothing, and renders nothing when never returned', () => {
    const { rerender } = render(
      <ChangesSinceReturn
        indicator={yesNoIndicator}
        submission={submission({
          indicatorCode: 'K2-08',
          answer: {
            __typename: 'Answer',
            numerator: null,
            denominator: null,
            percentage: null,
            count: null,
            yes: false,
            option: null,
          },
          returnedVersion: {
            __typename: 'ReturnedVersion',
            answer: {
              __typename: 'Answer',
              numerator: null,
              denominator: null,
              percentage: null,
              count: null,
              yes: false,
              option: null,
            },
            note: null,
            evidenceFileIds: [],
          },
        })}
      />,
    );
    expect(screen.getByTestId('changes-since-return')).toHaveTextContent(
      'Operator tidak mengubah jawaban maupun catatan',
    );
    expect(screen.getByTestId('changes-since-return')).toHaveTextContent('Tidak');
    rerender(<ChangesSinceReturn indicator={yesNoIndicator} submission={submission({ indicatorCode: 'K2-08' })} />);
    expect(screen.queryByTestId('changes-since-return')).toBeNull();
  });
});
