import { indicatorCardId } from './IndicatorCard';

/** The first control an operator fills in a card (not its buttons), if the card is editable. */
function firstFieldOf(card: HTMLElement): HTMLElement | null {
  return card.querySelector<HTMLElement>(
    'input:not([type=hidden]):not([type=file]):not(:disabled), select:not(:disabled), textarea:not(:disabled)',
  );
}

/** Waits (a few seconds at most) until the card, not its placeholder, is in the page. */
function whenCardMounted(code: string): Promise<HTMLElement | null> {
  const find = () => {
    const element = document.getElementById(indicatorCardId(code));
    return element && element.dataset.placeholder === undefined ? element : null;
  };
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const card = find();
      if (!card) return;
      observer.disconnect();
      clearTimeout(giveUp);
      resolve(card);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const giveUp = setTimeout(() => {
      observer.disconnect();
      resolve(find());
    }, 5000);
  });
}

function scrollToAndFocus(card: HTMLElement, focus: 'card' | 'field'): void {
  card.scrollIntoView?.({ block: 'start' });
  const target = (focus === 'field' && firstFieldOf(card)) || card;
  target.focus({ preventScroll: true });
}

/**
 * Opens the cluster section holding an indicator's card, scrolls the card into view and moves
 * focus there: to its first field when `focus` is 'field' and the card has one, else to the card
 * itself (it has tabIndex -1). A section mounts its cards when first opened: then the scroll and
 * focus follow as soon as the card is there. Returns false when no such card is on the page.
 */
export function revealIndicatorCard(code: string, focus: 'card' | 'field' = 'card'): boolean {
  const card = document.getElementById(indicatorCardId(code));
  if (!card) return false;
  const section = card.closest('details');
  if (section && !section.open) section.open = true;
  if (card.dataset.placeholder === undefined) scrollToAndFocus(card, focus);
  else void whenCardMounted(code).then((mounted) => mounted && scrollToAndFocus(mounted, focus));
  return true;
}
