import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo';
import { KECAMATAN, YEAR, evidenceFile, submission } from '../../test/fixtures';
import { SubmissionListDocument } from '../submission/submission.documents';
import { RemoveEvidenceDocument, SetEvidenceVerdictDocument } from './evidence.documents';
import { useEvidenceActions } from './use-evidence-actions';

const file = evidenceFile({ id: 'f-1', requirementCode: 'REKAP_AKTA' });
const other = evidenceFile({ id: 'f-2', requirementCode: 'REKAP_AKTA' });
const stored = submission({ indicatorCode: 'K1-04', status: 'SUBMITTED', evidence: [file, other] });

function setup(mocks: MockLink.MockedResponse[]) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: [stored] },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
  const { result } = renderHook(() => useEvidenceActions(), { wrapper });
  const cached = () =>
    cache.readQuery({ query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } })!
      .submissions[0];
  return { actions: result.current, cached };
}

describe('useEvidenceActions', () => {
  it('refuses INSUFFICIENT without a reason before sending anything', async () => {
    const { actions } = setup([]);
    await expect(
      actions.setVerdict({ evidenceId: 'f-1', verdict: 'INSUFFICIENT', reason: '   ' }),
    ).resolves.toMatchObject({
      kind: 'invalid',
      source: 'client',
      fieldErrors: [{ field: 'reason', code: 'REQUIRED' }],
    });
  });

  it('writes a verdict into the cached file and maps NotAllowedError', async () => {
    const { actions, cached } = setup([
      {
        request: {
          query: SetEvidenceVerdictDocument,
          variables: { input: { evidenceId: 'f-1', verdict: 'INSUFFICIENT', reason: 'Buram' } },
        },
        result: { data: { setEvidenceVerdict: { ...file, verdict: 'INSUFFICIENT', verdictReason: 'Buram' } } },
      },
      {
        request: {
          query: SetEvidenceVerdictDocument,
          variables: { input: { evidenceId: 'f-2', verdict: 'ACCEPTED', reason: null } },
        },
        result: {
          data: {
            setEvidenceVerdict: { __typename: 'NotAllowedError', code: 'NOT_ALLOWED', message: 'not SUBMITTED' },
          },
        },
      },
    ]);
    await expect(
      actions.setVerdict({ evidenceId: 'f-1', verdict: 'INSUFFICIENT', reason: ' Buram ' }),
    ).resolves.toMatchObject({ kind: 'judged' });
    expect(cached().evidence[0]).toMatchObject({ id: 'f-1', verdict: 'INSUFFICIENT', verdictReason: 'Buram' });
    await expect(actions.setVerdict({ evidenceId: 'f-2', verdict: 'ACCEPTED' })).resolves.toEqual({
      kind: 'notAllowed',
      message: 'not SUBMITTED',
    });
    expect(cached().evidence[1].verdict).toBe('PENDING');
  });

  it('removal replaces the cached submission; a network error is a retryable failure', async () => {
    const { actions, cached } = setup([
      {
        request: { query: RemoveEvidenceDocument, variables: { evidenceId: 'f-1' } },
        result: {
          data: {
            removeEvidence: {
              __typename: 'EvidenceRemoved',
              evidenceId: 'f-1',
              submission: { ...stored, status: 'DRAFT', evidence: [other] },
            },
          },
        },
      },
      {
        request: { query: RemoveEvidenceDocument, variables: { evidenceId: 'f-2' } },
        error: new Error('Failed to fetch'),
      },
    ]);
    await expect(actions.remove('f-1')).resolves.toMatchObject({ kind: 'removed', evidenceId: 'f-1' });
    expect(cached().evidence.map((e) => e.id)).toEqual(['f-2']);
    await expect(actions.remove('f-2')).resolves.toMatchObject({ kind: 'failed', retryable: true });
  });
});
