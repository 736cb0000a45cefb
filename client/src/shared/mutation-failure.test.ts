import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { i18n } from '../app/i18n';
import { errorText, failureOf, isNetworkError } from './mutation-failure';

const t = i18n.t.bind(i18n);

describe('network failures in words', () => {
  it.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed'])(
    'never shows the browser’s "%s"',
    (raw) => {
      expect(isNetworkError(new TypeError(raw))).toBe(true);
      expect(errorText(t, new TypeError(raw))).toBe('Tidak dapat terhubung ke server. Periksa koneksi internet Anda.');
      expect(failureOf(new TypeError(raw))).toMatchObject({ retryable: true, code: 'NETWORK' });
    },
  );

  it('keeps a server’s own message', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Sign in first.' }] });
    expect(isNetworkError(error)).toBe(false);
    expect(errorText(t, error)).toBe('Terjadi kesalahan: Sign in first.');
  });

  it('speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    expect(errorText(t, new TypeError('Failed to fetch'))).toBe(
      'Cannot reach the server. Check your internet connection.',
    );
  });
});
