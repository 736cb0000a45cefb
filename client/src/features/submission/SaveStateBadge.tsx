import { useTranslation } from 'react-i18next';
import type { AutosavePhase } from './autosave-state';
import './save-state.css';

/**
 * What the badge tells: saved (the card shows what the server holds), saving, waiting for the
 * connection, a conflict to decide, refused, changed and not saved yet, or never filled.
 * "dirty" keeps the idle look (data-state idle) with its own wording.
 */
export function SaveStateBadge({ code, state }: { code: string; state: AutosavePhase }) {
  const { t } = useTranslation();
  const look = state === 'dirty' ? 'idle' : state;
  const detail = state === 'dirty' ? ' save-badge--dirty' : state === 'idle' ? ' save-badge--empty' : '';
  const text = state === 'idle' ? t('saveState.empty') : t(`saveState.${state}`);
  return (
    <span
      className={`badge save-badge save-badge--${look}${detail}`}
      data-testid={`save-state-${code}`}
      data-state={look}
      role="status"
    >
      {text}
    </span>
  );
}
