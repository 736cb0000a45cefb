import { useEffect, useState } from 'react';
import type { KecamatanGeo } from './ChoroplethMap';

/** The boundaries (~80 KB) are fetched as their own chunk when the map is first shown. */
export function useKecamatanGeo(): { geo: KecamatanGeo | null; failed: boolean } {
  const [geo, setGeo] = useState<KecamatanGeo | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    import('./kota-bekasi-kecamatan.json')
      .then((module) => !cancelled && setGeo(module.default as unknown as KecamatanGeo))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, []);
  return { geo, failed };
}
