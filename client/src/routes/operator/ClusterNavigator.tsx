import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, SubmissionFieldsFragment } from '../../gql/graphql';
import { indicatorCardId } from '../../features/submission/IndicatorCard';
import { revealIndicatorCard } from '../../features/submission/reveal-card';
import { clusterSectionId } from './ClusterSection';
import { navigatorModelOf, nextUnansweredFrom, startIndexOf } from './cluster-navigator';
import { isIndicatorAnswered } from './form-progress';
import './ClusterNavigator.css';

export interface ClusterNavigatorProps {
  clusters: ReadonlyArray<{
    code: string;
    indicators: readonly Pick<IndicatorFieldsFragment, 'code' | 'measureType'>[];
  }>;
  submissionsByCode: ReadonlyMap<string, SubmissionFieldsFragment>;
}

const CARD_ID_PREFIX = indicatorCardId('');

/** The code of the indicator card that last had focus (focus in the navigator itself keeps it). */
function useLastFocusedCard(navRef: RefObject<HTMLElement | null>): RefObject<string | null> {
  const last = useRef<string | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && navRef.current?.contains(target)) return;
      const card = target?.closest<HTMLElement>(`[id^="${CARD_ID_PREFIX}"]`);
      last.current = card ? card.id.slice(CARD_ID_PREFIX.length) : null;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [navRef]);
  return last;
}

/** A card's top on screen; a card in a closed section counts where its section is. */
function topOfCard(code: string): number {
  const card = document.getElementById(indicatorCardId(code));
  if (!card) return Number.NEGATIVE_INFINITY;
  const box = card.getBoundingClientRect();
  if (box.height > 0) return box.top;
  return card.closest('details')?.getBoundingClientRect().top ?? Number.NEGATIVE_INFINITY;
}

function openCluster(code: string) {
  const section = document.getElementById(clusterSectionId(code));
  const details = section?.querySelector('details');
  if (!section || !details) return;
  details.open = true;
  section.scrollIntoView?.({ block: 'start' });
  details.querySelector('summary')?.focus({ preventScroll: true });
}

/**
 * One sticky row under the header: each cluster's progress as a chip that jumps to it, and
 * "Berikutnya yang belum diisi" that moves to the next unanswered card below the current scroll
 * position (wrapping to the first). Counts follow the saved answers as they change.
 */
export function ClusterNavigator({ clusters, submissionsByCode }: ClusterNavigatorProps) {
  const { t } = useTranslation();
  const navRef = useRef<HTMLElement>(null);
  const lastCard = useLastFocusedCard(navRef);
  const model = useMemo(
    () =>
      navigatorModelOf(
        clusters.map((c) => ({
          code: c.code,
          indicators: c.indicators.map((i) => ({
            code: i.code,
            answered: isIndicatorAnswered(i, submissionsByCode.get(i.code)),
          })),
        })),
      ),
    [clusters, submissionsByCode],
  );

  function goToNext() {
    // Below the navigator, with a little room: the card just jumped to sits right under it.
    const threshold = (navRef.current?.getBoundingClientRect().bottom ?? 0) + 16;
    const focused = lastCard.current;
    const focusedTop = focused ? topOfCard(focused) : Number.NEGATIVE_INFINITY;
    const focusedIndex = focused && focusedTop < window.innerHeight ? model.order.indexOf(focused) : -1;
    const start = startIndexOf(model.order.map(topOfCard), threshold, focusedIndex >= 0 ? focusedIndex : null);
    const code = nextUnansweredFrom(model.order, model.unanswered, start);
    if (code) revealIndicatorCard(code, 'field');
  }

  const left = model.unanswered.size;
  return (
    <nav className="cluster-nav" aria-label={t('clusterNav.label')} ref={navRef} data-testid="cluster-nav">
      <ul className="cluster-nav-chips">
        {model.chips.map((chip) => (
          <li key={chip.code}>
            <button
              type="button"
              className={`cluster-chip${chip.answered === chip.total ? ' cluster-chip--done' : ''}`}
              onClick={() => openCluster(chip.code)}
              data-testid={`cluster-chip-${chip.code}`}
            >
              <span className="cluster-chip-code">{chip.code}</span>{' '}
              {t('clusterNav.chip', { answered: chip.answered, total: chip.total })}{' '}
              <span className="visually-hidden">
                ({t('form.clusterProgressLabel', { answered: chip.answered, total: chip.total })})
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--primary cluster-nav-next"
        onClick={goToNext}
        disabled={left === 0}
        data-testid="next-unanswered"
        data-left={left}
      >
        {left === 0 ? t('clusterNav.allDone') : t('clusterNav.next')}
      </button>
    </nav>
  );
}
