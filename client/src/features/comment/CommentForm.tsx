import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../submission/field-error-text';
import { type PostCommentRequest, useCommentActions } from './use-comment-actions';

type FormState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'invalid'; code: string; message: string }
  | { kind: 'notSent' }
  | { kind: 'refused'; message: string };

/**
 * The reply box. A comment that cannot be sent (offline, server away) keeps its text with
 * "Belum terkirim — coba lagi": nothing is queued on the phone, the same button sends it again.
 */
export function CommentForm({ submissionId, scope }: Pick<PostCommentRequest, 'submissionId' | 'scope'>) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const { post } = useCommentActions();
  const id = useId();
  const [body, setBody] = useState('');
  const [state, setState] = useState<FormState>({ kind: 'idle' });
  const send = async () => {
    setState({ kind: 'sending' });
    const outcome = await post({ submissionId, body, scope });
    if (outcome.kind === 'done') {
      setBody('');
      setState({ kind: 'sent' });
    } else if (outcome.kind === 'invalid') {
      const first = outcome.fieldErrors[0];
      setState({ kind: 'invalid', code: first?.code ?? 'REQUIRED', message: first?.message ?? outcome.message });
    } else if (outcome.kind === 'failed' && outcome.retryable) setState({ kind: 'notSent' });
    else setState({ kind: 'refused', message: outcome.message });
  };
  const errorId = `${id}-error`;
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor={`${id}-body`}>{t('comment.label')}</label>
      <textarea
        id={`${id}-body`}
        rows={2}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={state.kind === 'invalid'}
        aria-describedby={state.kind === 'invalid' || state.kind === 'notSent' ? errorId : undefined}
        data-testid="comment-input"
      />
      {state.kind === 'invalid' && (
        <p id={errorId} className="field-error" role="alert" data-testid="comment-error">
          {fieldErrorText({ type: state.code, message: state.message })}
        </p>
      )}
      {state.kind === 'notSent' && (
        <p id={errorId} className="comment-not-sent" role="alert" data-testid="comment-not-sent">
          {t('comment.notSent')}
        </p>
      )}
      {state.kind === 'refused' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" className="button" disabled={state.kind === 'sending'} data-testid="comment-send">
        {state.kind === 'notSent'
          ? t('comment.retry')
          : state.kind === 'sending'
            ? t('comment.sending')
            : t('comment.send')}
      </button>
      {state.kind === 'sent' && (
        <span role="status" className="comment-sent">
          {t('comment.sent')}
        </span>
      )}
    </form>
  );
}
