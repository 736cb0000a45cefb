import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../gql/graphql';
import type { AnswerFormValues } from './answer-draft';
import type { SavedSubmission } from './submission-saver';
import { useConfirmUnchanged } from './use-confirm-unchanged';
import type { useIndicatorAutosave } from './use-indicator-autosave';

interface Props {
  indicator: IndicatorFieldsFragment;
  form: UseFormReturn<AnswerFormValues>;
  stored: SavedSubmission | null;
  pendingCarry: boolean;
  autosave: ReturnType<typeof useIndicatorAutosave>;
}

/** "Kosongkan jawaban" for a choice, "Tidak berubah" for a carried value, and "Simpan". */
export function IndicatorCardActions({ indicator, form, stored, pendingCarry, autosave }: Props) {
  const { t } = useTranslation();
  const { code, measureType } = indicator;
  const { dispatch, dirty } = autosave;
  const { confirming, confirmUnchanged } = useConfirmUnchanged(stored, (message, saved) =>
    dispatch({ type: 'message', message, phase: saved ? 'saved' : undefined }),
  );
  const hasChoice = (measureType === 'YES_NO' || measureType === 'OPTIONS') && autosave.currentDraft.answer != null;
  function clearAnswer() {
    form.setValue('yes', '');
    form.setValue('option', '');
    void autosave.attemptSave();
  }
  return (
    <>
      {hasChoice && (
        <button type="button" className="button button--quiet" onClick={clearAnswer}>
          {t('indicator.clear')}
        </button>
      )}
      {pendingCarry && !dirty && (
        <button
          type="button"
          className="button button--primary"
          data-testid={`confirm-carry-${code}`}
          disabled={confirming}
          onClick={() => void confirmUnchanged()}
        >
          {confirming ? t('carry.confirming') : t('carry.confirm')}
        </button>
      )}
      <button
        type="submit"
        className={pendingCarry && !dirty ? 'button' : 'button button--primary'}
        data-testid={`save-${code}`}
      >
        {t('indicator.save')}
      </button>
    </>
  );
}
