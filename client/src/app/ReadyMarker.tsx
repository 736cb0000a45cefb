import { useEffect } from 'react';

/** `<html data-app="ready">` once React has rendered: benchmarks and tests wait for it. */
export function ReadyMarker() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
