import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdatePrompt } from './UpdatePrompt';

/** A register hook driven by the test: `announce()` plays the service worker finding a new version. */
function fakeRegister() {
  const updateServiceWorker = vi.fn(async () => {});
  let announce: () => void = () => {};
  const useRegister: typeof useRegisterSW = () => {
    const needRefresh = useState(false);
    announce = () => needRefresh[1](true);
    return { needRefresh, offlineReady: useState(false), updateServiceWorker };
  };
  return { useRegister, updateServiceWorker, announce: () => act(() => announce()) };
}

describe('UpdatePrompt', () => {
  it('shows nothing while no new version waits', () => {
    const { useRegister } = fakeRegister();
    render(<UpdatePrompt useRegister={useRegister} />);
    expect(screen.queryByTestId('update-prompt')).not.toBeInTheDocument();
  });

  it('shows "Versi baru tersedia — muat ulang" when a new version waits, and does nothing by itself', () => {
    const { useRegister, updateServiceWorker, announce } = fakeRegister();
    render(<UpdatePrompt useRegister={useRegister} />);
    announce();
    expect(screen.getByTestId('update-prompt')).toHaveTextContent('Versi baru tersedia — muat ulang');
    expect(updateServiceWorker).not.toHaveBeenCalled();
  });

  it('activates the new version and reloads only when the button is pressed', async () => {
    const { useRegister, updateServiceWorker, announce } = fakeRegister();
    render(<UpdatePrompt useRegister={useRegister} />);
    announce();
    await userEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('"Nanti" hides the banner without updating', async () => {
    const { useRegister, updateServiceWorker, announce } = fakeRegister();
    render(<UpdatePrompt useRegister={useRegister} />);
    announce();
    await userEvent.click(screen.getByRole('button', { name: 'Nanti' }));
    expect(screen.queryByTestId('update-prompt')).not.toBeInTheDocument();
    expect(updateServiceWorker).not.toHaveBeenCalled();
  });
});
