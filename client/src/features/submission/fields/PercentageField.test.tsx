import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormHarness } from '../../../test/render';
import { i18n } from '../../../app/i18n';
import { PercentageField } from './PercentageField';

describe('PercentageField', () => {
  it('labels both inputs and shows the percentage live as the user types', async () => {
    const user = userEvent.setup();
    render(
      <FormHarness>
        <PercentageField idPrefix="t" numeratorLabel="Anak ber-akta" denominatorLabel="Jumlah anak" />
      </FormHarness>,
    );
    const output = screen.getByTestId('t-percentage');
    expect(output).toHaveTextContent('—');
    await user.type(screen.getByLabelText('Anak ber-akta'), '45');
    expect(output).toHaveTextContent('—');
    await user.type(screen.getByLabelText('Jumlah anak'), '60');
    expect(output).toHaveTextContent('75%');
    await user.clear(screen.getByLabelText('Jumlah anak'));
    await user.type(screen.getByLabelText('Jumlah anak'), '90');
    expect(output).toHaveTextContent('50%');
  });

  it('shows decimals in the UI language and nothing for unreadable input', async () => {
    const user = userEvent.setup();
    render(
      <FormHarness defaultValues={{ numerator: '1', denominator: '3' }}>
        <PercentageField idPrefix="t" />
      </FormHarness>,
    );
    expect(screen.getByTestId('t-percentage')).toHaveTextContent('33,33%');
    await i18n.changeLanguage('en');
    expect(await screen.findByText('33.33%')).toBeInTheDocument();
    // "1.000" is ambiguous (thousands dot in Indonesian): no percentage rather than a wrong one.
    await user.clear(screen.getByLabelText('Denominator'));
    await user.type(screen.getByLabelText('Denominator'), '1.000');
    expect(screen.getByTestId('t-percentage')).toHaveTextContent('—');
  });

  it('shows "no cases" for 0 / 0 only where the indicator allows it', async () => {
    const { unmount } = render(
      <FormHarness defaultValues={{ numerator: '0', denominator: '0' }}>
        <PercentageField idPrefix="t" allowNoCases />
      </FormHarness>,
    );
    expect(screen.getByTestId('t-percentage')).toHaveTextContent('tidak ada kasus');
    expect(screen.getByText('Tidak ada kasus tahun ini? Isi 0 dan 0.')).toBeInTheDocument();
    unmount();
    render(
      <FormHarness defaultValues={{ numerator: '0', denominator: '0' }}>
        <PercentageField idPrefix="t" />
      </FormHarness>,
    );
    expect(screen.getByTestId('t-percentage')).toHaveTextContent('—');
  });

  it('falls back to generic labels and registers both values in the form', async () => {
    const user = userEvent.setup();
    const onSubmitValues = vi.fn();
    render(
      <FormHarness onSubmitValues={onSubmitValues}>
        <PercentageField idPrefix="t" />
      </FormHarness>,
    );
    await user.type(screen.getByLabelText('Pembilang'), '7');
    await user.type(screen.getByLabelText('Penyebut'), '8');
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    expect(onSubmitValues).toHaveBeenCalledWith(expect.objectContaining({ numerator: '7', denominator: '8' }));
  });
});
