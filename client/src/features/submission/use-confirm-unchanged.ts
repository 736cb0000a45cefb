import { useState } from 'react';
import type { CardMessage } from './autosave-state';
import type { SavedSubmission } from './submission-saver';
import { useConfirmCarriedForward } from './use-carry-forward';
import { networkFailureText } from '../../shared/mutation-failure';

/** "Tidak berubah" on a carried-forward answer; reports through the card's message. */
export function useConfirmUnchanged(
  stored: SavedSubmission | null,
  report: (message: CardMessage | null, saved?: boolean) => void,
) {
  const confirmCarriedForward = useConfirmCarriedForward();
  const [confirming, setConfirming] = useState(false);
  async function confirmUnchanged() {
    if (!stored || confirming) return;
    setConfirming(true);
    report(null);
    const outcome = await confirmCarriedForward({
      items: [{ submissionId: stored.id, expectedVersion: stored.version }],
    });
    setConfirming(false);
    switch (outcome.kind) {
      case 'confirmed':
        return report(null, true);
      case 'stale':
        // The cache now holds the server's version; the card adopts it unless something is typed.
        return report({ key: 'carry.stale', detail: outcome.message });
      case 'periodClosed':
        return report({ key: 'save.periodClosed', params: { year: outcome.year }, detail: outcome.message });
      case 'invalidTransition':
        return report({ key: 'save.locked', params: { status: outcome.currentStatus }, detail: outcome.message });
      case 'failed':
        return report(
          outcome.retryable
            ? { key: networkFailureText() }
            : { key: 'carry.confirmFailed', params: { message: outcome.message } },
        );
      default:
        return report({ key: 'carry.confirmFailed', params: { message: outcome.message } });
    }
  }
  return { confirming, confirmUnchanged };
}
