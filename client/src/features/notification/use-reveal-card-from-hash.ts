import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { revealIndicatorCard } from '../submission/reveal-card';

const CARD_HASH = /^#indicator-card-(.+)$/;

/**
 * A link to a card (`…#indicator-card-K1-04`, as notifications give) opens its section, scrolls
 * it into view and focuses its first field, once the form has loaded; once per hash.
 */
export function useRevealCardFromHash(loaded: boolean): void {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    const match = CARD_HASH.exec(hash);
    if (!loaded || !match || done.current === hash) return;
    if (revealIndicatorCard(decodeURIComponent(match[1]), 'field')) done.current = hash;
  }, [hash, loaded]);
}
