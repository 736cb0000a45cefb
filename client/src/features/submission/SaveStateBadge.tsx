import { useTranslation } from 'react-i18next';

/** What the badge tells: saved (the card shows what the server holds), saving, failed, or idle. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
/** Wording of the idle state: never filled, or changed and not saved yet. */
export type IdleDetail = 'empty' | 'dirty';

export function SaveStateBadge({ code, state, idleDetail }: { code: string; state: SaveState; idleDetail: IdleDetail }) {
  const { t } = useTranslation();
  const text = state === 'idle' ? t(`saveState.${idleDetail}`) : t(`saveState.${state}`);
  return (
    <span
      className={`badge save-badge save-badge--${state}${state === 'idle' ? ` save-badge--${idleDetail}` : ''}`}
      data-testid={`save-state-${code}`}
      data-state={state}
      role="status"
    >
      {text}
    </span>
  );
}
