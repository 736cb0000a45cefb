import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CopyIndicatorSetDocument, IndicatorSetsDocument } from './instrument.documents';
import { errorText } from '../../shared/mutation-failure';
import '../account/account.css';

interface CopyValues {
  code: string;
  name: string;
}

/** "Salin": copies a set into a new DRAFT; calls onCopied with the new code. */
export function CopySetDialog({
  sourceCode,
  onClose,
  onCopied,
}: {
  sourceCode: string;
  onClose: () => void;
  onCopied: (code: string) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [copySet] = useMutation(CopyIndicatorSetDocument, {
    refetchQueries: [IndicatorSetsDocument],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CopyValues>({ defaultValues: { code: '', name: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await copySet({
        variables: { input: { sourceCode, code: values.code.trim(), name: values.name.trim() } },
      });
      const result = data?.copyIndicatorSet;
      if (result?.__typename === 'ValidationError')
        setFailure(result.fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' '));
      else if (result) onCopied(result.code);
    } catch (caught) {
      setFailure(errorText(t, caught));
    }
  });

  return (
    <form
      className="account-form"
      role="dialog"
      aria-label={t('instrument.copyTitle', { code: sourceCode })}
      noValidate
      onSubmit={onSubmit}
    >
      <h2>{t('instrument.copyTitle', { code: sourceCode })}</h2>
      <div className="field">
        <label htmlFor="copy-code" className="field-label">
          {t('instrument.newCode')}
        </label>
        <input
          id="copy-code"
          data-testid="copy-code"
          autoCapitalize="characters"
          {...register('code', {
            validate: (v) => /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(v.trim()) || t('instrument.codeInvalid'),
          })}
        />
        {errors.code && <p className="field-error">{errors.code.message}</p>}
      </div>
      <div className="field">
        <label htmlFor="copy-name" className="field-label">
          {t('instrument.newName')}
        </label>
        <input
          id="copy-name"
          data-testid="copy-name"
          {...register('name', { validate: (v) => v.trim() !== '' || t('account.fieldError.REQUIRED') })}
        />
        {errors.name && <p className="field-error">{errors.name.message}</p>}
      </div>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="account-form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting} data-testid="copy-submit">
          {t('instrument.copy')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
