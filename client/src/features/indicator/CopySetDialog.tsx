import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AdminField, AdminForm, AdminFormEnd } from '../../shared/admin/AdminForm';
import { instrumentRefusalText, useCopySet } from './use-indicator-set-admin';
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
  const copySet = useCopySet();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CopyValues>({ defaultValues: { code: '', name: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const outcome = await copySet({ sourceCode, code: values.code.trim(), name: values.name.trim() });
    if (outcome.kind === 'copied') onCopied(outcome.code);
    else setFailure(instrumentRefusalText(t, outcome));
  });

  const title = t('instrument.copyTitle', { code: sourceCode });
  return (
    <AdminForm label={title} title={title} onSubmit={onSubmit} dialog>
      <AdminField id="copy-code" label={t('instrument.newCode')} error={errors.code?.message}>
        <input
          id="copy-code"
          data-testid="copy-code"
          autoCapitalize="characters"
          {...register('code', {
            validate: (v) => /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(v.trim()) || t('instrument.codeInvalid'),
          })}
        />
      </AdminField>
      <AdminField id="copy-name" label={t('instrument.newName')} error={errors.name?.message}>
        <input
          id="copy-name"
          data-testid="copy-name"
          {...register('name', { validate: (v) => v.trim() !== '' || t('account.fieldError.REQUIRED') })}
        />
      </AdminField>
      <AdminFormEnd
        failure={failure}
        submitLabel={t('instrument.copy')}
        submitTestId="copy-submit"
        busy={isSubmitting}
        onCancel={onClose}
      />
    </AdminForm>
  );
}
