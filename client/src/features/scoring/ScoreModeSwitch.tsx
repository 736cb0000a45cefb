import { useTranslation } from 'react-i18next';
import type { ScoreMode } from './score-model';
import './ScoreModeSwitch.css';

const MODES: readonly ScoreMode[] = ['verified', 'self'];

/** "Terverifikasi / Penilaian mandiri": which score the charts draw. */
export function ScoreModeSwitch({ mode, onChange }: { mode: ScoreMode; onChange: (mode: ScoreMode) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented" data-testid="score-mode" data-mode={mode}>
      <legend className="field-label">{t('scoreMode.label')}</legend>
      <div className="segmented-options">
        {MODES.map((option) => (
          <label key={option} className="segmented-option">
            <input
              type="radio"
              name="score-mode"
              value={option}
              checked={mode === option}
              onChange={() => onChange(option)}
              data-testid={`score-mode-${option}`}
            />
            <span>{t(`scoreMode.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
