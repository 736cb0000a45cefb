import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormHarness } from '../../../test/render';
import { YesNoField } from './YesNoField';

describe('YesNoField', () => {
  it('offers Ya and Tidak as radio buttons and commits a tap at once', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    const onSubmitValues = vi.fn();
    render(
      <FormHarness onSubmitValues={onSubmitValues}>
        <YesNoField idPrefix="t" onCommit={onCommit} />
      </FormHarness>,
    );
    const yes = screen.getByRole('radio', { name: 'Ya' });
    const no = screen.getByRole('radio', { name: 'Tidak' });
    expect(yes).not.toBeChecked();
    expect(no).not.toBeChecked();
    await user.click(no);
    expect(no).toBeChecked();
    expect(onCommit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    expect(onSubmitValues).toHaveBeenLastCalledWith(expect.objectContaining({ yes: 'false' }));
  });

  it('shows the stored answer', () => {
    render(
      <FormHarness defaultValues={{ yes: 'true' }}>
        <YesNoField idPrefix="t" />
      </FormHarness>,
    );
    expect(screen.getByRole('radio', { name: 'Ya' })).toBeChecked();
  });
});
