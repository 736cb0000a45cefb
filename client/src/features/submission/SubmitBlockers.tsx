import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorCardId } from './IndicatorCard';
import { revealIndicatorCard } from './reveal-card';
import type { IncompleteItem } from './use-submit-submissions';
import './SubmitBlockers.css';

/** Announced when one blockers list sends the operator to a card: only that list offers the way back. */
const JUMP_EVENT = 'kecala:blockers-jump';

export interface SubmitBlockersProps {
  items: readonly IncompleteItem[];
  /** The submit control that was pressed ("Ajukan klaster K1"): the list says it stands for that one. */
  source?: string;
  titleOf: (indicatorCode: string) => string;
  evidenceLabel: (indicatorCode: string, requirementCode: string) => string;
  testId: string;
}

/**
 * What keeps a submit from going through, right at the control that was pressed. Each item leads
 * to its card (scrolled into view, focus on its first field or the card); after such a jump a
 * "Kembali ke daftar" button brings the operator back to this list.
 */
export function SubmitBlockers({ items, source, titleOf, evidenceLabel, testId }: SubmitBlockersProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const [jumped, setJumped] = useState(false);
  // The list appears under the control that was pressed: bring it into view when it appears.
  useEffect(() => listRef.current?.scrollIntoView?.({ block: 'nearest' }), []);
  useEffect(() => {
    if (!jumped) return;
    const onOtherJump = (event: Event) => {
      if (event.target !== listRef.current) setJumped(false);
    };
    document.addEventListener(JUMP_EVENT, onOtherJump);
    return () => document.removeEventListener(JUMP_EVENT, onOtherJump);
  }, [jumped]);

  function jump(event: MouseEvent<HTMLAnchorElement>, item: IncompleteItem) {
    event.preventDefault();
    if (!revealIndicatorCard(item.indicatorCode, item.answerMissing ? 'field' : 'card')) return;
    listRef.current?.dispatchEvent(new Event(JUMP_EVENT, { bubbles: true }));
    setJumped(true);
  }
  function back() {
    setJumped(false);
    listRef.current?.scrollIntoView?.({ block: 'center' });
    listRef.current?.focus({ preventScroll: true });
  }

  return (
    <div className="submit-blockers-wrap">
      <div
        ref={listRef}
        tabIndex={-1}
        className="submit-result submit-result--error submit-blockers"
        role="alert"
        data-testid={testId}
        data-outcome="incomplete"
      >
        <p>
          {source && <span className="submit-blockers-source">{t('submit.blockersFrom', { source })}</span>}{' '}
          {t('submit.incomplete')}
        </p>
        <ul className="submit-result-list">
          {items.map((item) => (
            <BlockerItem
              key={item.indicatorCode}
              item={item}
              titleOf={titleOf}
              evidenceLabel={evidenceLabel}
              onOpen={(event) => jump(event, item)}
            />
          ))}
        </ul>
      </div>
      {jumped && (
        <button
          type="button"
          className="button button--primary submit-blockers-back"
          onClick={back}
          data-testid={`${testId}-back`}
        >
          <span aria-hidden="true">↑ </span>
          {t('submit.backToList')}
        </button>
      )}
    </div>
  );
}

function BlockerItem({
  item,
  titleOf,
  evidenceLabel,
  onOpen,
}: Pick<SubmitBlockersProps, 'titleOf' | 'evidenceLabel'> & {
  item: IncompleteItem;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <li data-testid={`missing-${item.indicatorCode}`}>
      <a
        href={`#${indicatorCardId(item.indicatorCode)}`}
        className="submit-blockers-link"
        onClick={onOpen}
        data-testid={`missing-link-${item.indicatorCode}`}
      >
        {titleOf(item.indicatorCode)}
      </a>
      {item.unconfirmed ? (
        <span className="missing-part">{t('submit.unconfirmed')}</span>
      ) : (
        item.answerMissing && <span className="missing-part">{t('submit.answerMissing')}</span>
      )}
      {item.missingEvidence.length > 0 && (
        <span className="missing-part">
          {t('submit.evidenceMissing', {
            items: item.missingEvidence.map((code) => evidenceLabel(item.indicatorCode, code)).join('; '),
          })}
        </span>
      )}
    </li>
  );
}
