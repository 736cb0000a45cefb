import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CarryForwardOfferDocument } from './submission.documents';
import { useCarryForward } from './use-carry-forward';
import './CarryForwardOffer.css';

export interface CarryForwardOfferProps {
  year: number;
  kecamatanCode: string;
}

type Result = { kind: 'done'; count: number; fromYear: number | null } | { kind: 'error'; message: string };

/**
 * "Isi dari jawaban terverifikasi tahun 2025": offered while the open year has unanswered
 * indicators that last year's verified answers can fill. Prefilled answers stay unconfirmed (and
 * uncounted) until each card is confirmed or edited.
 */
export function CarryForwardOffer({ year, kecamatanCode }: CarryForwardOfferProps) {
  const { t } = useTranslation();
  const carryForward = useCarryForward();
  const { data } = useQuery(CarryForwardOfferDocument, { variables: { year, kecamatanCode } });
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const offer = data?.carryForwardOffer;

  async function run() {
    setRunning(true);
    setResult(null);
    const outcome = await carryForward({ year, kecamatanCode });
    setRunning(false);
    if (outcome.kind === 'prefilled')
      setResult({ kind: 'done', count: outcome.counts.prefilled, fromYear: outcome.counts.fromYear });
    else setResult({ kind: 'error', message: outcome.message });
  }

  if (result?.kind === 'done') {
    return (
      <div className="carry-offer carry-offer--done" role="status" data-testid="carry-offer-result">
        <p>{result.count > 0 ? t('carry.done', { count: result.count, year: result.fromYear }) : t('carry.nothing')}</p>
      </div>
    );
  }
  if (!offer || offer.fromYear == null || offer.prefilled === 0) return null;
  return (
    <section className="carry-offer" aria-labelledby="carry-offer-title" data-testid="carry-offer">
      <h2 id="carry-offer-title" className="carry-offer-title">
        {t('carry.offerTitle', { year: offer.fromYear })}
      </h2>
      <p>{t('carry.offerDetail', { count: offer.prefilled, year: offer.fromYear })}</p>
      <p className="carry-offer-note">{t('carry.offerNote')}</p>
      {result?.kind === 'error' && (
        <p className="card-message" role="alert" data-testid="carry-offer-error">
          {t('carry.failed', { message: result.message })}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        data-testid="carry-offer-button"
        disabled={running}
        onClick={() => void run()}
      >
        {running ? t('carry.running') : t('carry.offerTitle', { year: offer.fromYear })}
      </button>
    </section>
  );
}
