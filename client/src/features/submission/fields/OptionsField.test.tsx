import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormHarness } from '../../../test/render';
import { optionsIndicator } from '../../../test/fixtures';
import { i18n } from '../../../app/i18n';
import { OptionsField } from './OptionsField';

describe('OptionsField', () => {
  it('lists every option as a labelled radio and commits the choice', async () => {
    const user = userEvent.setup();
    const onCommit = vi.fn();
    const onSubmitValues = vi.fn();
    render(
      <FormHarness onSubmitValues={onSubmitValues}>
        <OptionsField idPrefix="t" options={optionsIndicator.options} onCommit={onCommit} />
      </FormHarness>,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    await user.click(screen.getByRole('radio', { name: 'Kebijakan sedang dalam proses penyusunan' }));
    expect(onCommit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'kirim' }));
    expect(onSubmitValues).toHaveBeenLastCalledWith(expect.objectContaining({ option: 'DALAM_PROSES' }));
  });

  it('uses the English labels in English, and the Indonesian one when there is no English label', async () => {
    await i18n.changeLanguage('en');
    render(
      <FormHarness defaultValues={{ option: 'BELUM_ADA' }}>
        <OptionsField idPrefix="t" options={optionsIndicator.options} />
      </FormHarness>,
    );
    expect(screen.getByRole('radio', { name: 'Policy in place, implemented and funded' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Belum ada kebijakan' })).toBeChecked();
  });
});
