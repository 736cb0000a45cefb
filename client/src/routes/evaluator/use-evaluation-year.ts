import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { usePeriods } from '../../features/period/current-period';

/** The year the evaluator looks at: `?tahun=` when given, else the current (or latest) period. */
export function useEvaluationYear() {
  const [params, setParams] = useSearchParams();
  const { periods, defaultPeriod, error, refetch } = usePeriods();
  const requested = Number(params.get('tahun'));
  const year = Number.isInteger(requested) && requested > 0 ? requested : defaultPeriod?.year;
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          copy.set('tahun', String(next));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { year, setYear, periods, periodsError: error, refetchPeriods: refetch };
}

export function kecamatanHref(code: string, year: number | undefined): string {
  return `/skor/kecamatan/${encodeURIComponent(code)}${year ? `?tahun=${year}` : ''}`;
}

export function scoreboardHref(year: number | undefined): string {
  return `/skor${year ? `?tahun=${year}` : ''}`;
}

export function mapHref(year: number | undefined): string {
  return `/peta${year ? `?tahun=${year}` : ''}`;
}

export function kecamatanPrintHref(code: string, year: number | undefined): string {
  return `/skor/kecamatan/${encodeURIComponent(code)}/cetak${year ? `?tahun=${year}` : ''}`;
}
