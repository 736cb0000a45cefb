import { useTranslation } from 'react-i18next';
import type { LiveStatus as LiveStatusValue } from './use-live-refetch';
import './LiveStatus.css';

const SYMBOL: Record<LiveStatusValue, string> = { live: '●', connecting: '◌', offline: '✕' };

/** "Langsung" while live updates arrive, "Terputus" when the websocket is down (symbol + word). */
export function LiveStatus({ status }: { status: LiveStatusValue }) {
  const { t } = useTranslation();
  return (
    <span
      className={`live-status live-status--${status}`}
      data-testid="live-status"
      data-state={status}
      role="status"
      title={t(`live.hint.${status}`)}
    >
      <span aria-hidden="true">{SYMBOL[status]}</span> {t(`live.${status}`)}
    </span>
  );
}
