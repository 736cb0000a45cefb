import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrorCode, FIELD_ERROR_CODES, MAX_ANSWER_NUMBER, MAX_NOTE_LENGTH } from '@kecala/domain';
import { formatNumber } from '../../shared/format';

export interface FieldErrorLike {
  /** The domain's error code (react-hook-form's `type`). */
  type?: string;
  message?: string;
}

function isFieldErrorCode(code: string | undefined): code is FieldErrorCode {
  return code != null && (FIELD_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Translates a field error by its domain code, so the browser's check and the server's refusal
 * read the same. An unknown code (a newer server) shows the server's own message.
 */
export function useFieldErrorText(): (error: FieldErrorLike | undefined) => string | null {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error) => {
      if (!error) return null;
      if (isFieldErrorCode(error.type)) {
        const max = error.type === 'TOO_LONG' ? MAX_NOTE_LENGTH : MAX_ANSWER_NUMBER;
        return t(`fieldError.${error.type}`, { max: formatNumber(max, i18n.language) });
      }
      return error.message ?? null;
    },
    [t, i18n.language],
  );
}
