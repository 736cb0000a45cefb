import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormHarness } from '../../../test/render';
import { CountField } from './CountField';

describe('CountField', () => {
  it('is a labelled numeric input with its unit, holding the typed count', async () => {
    const user = userEvent.setup();
    const onSubmitValues = vi.fn();
    render(
      <FormHarness defaultValues={{ count: '3' }} onSubmitValues={onSubmitValues}>
        <CountField idPrefix="t" unit="lembaga" />
      </FormHarness>,
    );
    const input = screen.getByLabelText('Jumlah');
    expect(input).toHaveValue('3');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByText('lembaga')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '12');
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    expect(onSubmitValues).toHaveBeenCalledWith(expect.objectContaining({ count: '12' }));
  });

  it('can be disabled (closed period)', () => {
    render(
      <FormHarness>
        <CountField idPrefix="t" disabled />
      </FormHarness>,
    );
    expect(screen.getByLabelText('Jumlah')).toBeDisabled();
  });
});
