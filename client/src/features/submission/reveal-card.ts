import { indicatorCardId } from './IndicatorCard';

/** The first control an operator fills in a card (not its buttons), if the card is editable. */
function firstFieldOf(card: HTMLElement): HTMLElement | null {
  return card.querySelector<HTMLElement>('input:not([type=hidden]):not([type=file]):not(:disabled), select:not(:disabled), textarea:not(:disabled)');
}

/**
 * Opens the cluster section holding an indicator's card, scrolls the card into view and moves
 * focus there: to its first field when `focus` is 'field' and the card has one, else to the card
 * itself (it has tabIndex -1). Returns false when no such card is on the page.
 */
export function revealIndicatorCard(code: string, focus: 'card' | 'field' = 'card'): boolean {
  const card = document.getElementById(indicatorCardId(code));
  if (!card) return false;
  const section = card.closest('details');
  if (section && !section.open) section.open = true;
  card.scrollIntoView?.({ block: 'start' });
  const target = (focus === 'field' && firstFieldOf(card)) || card;
  target.focus({ preventScroll: true });
  return true;
}
