import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { KECAMATAN, YEAR, percentageIndicator } from '../../test/fixtures';
import { renderWithApollo } from '../../test/render';
import { SubmissionHistoryDocument } from '../review/review.documents';
import { CardConversation } from './CardConversation';
import { PanelConversation } from './PanelConversation';
import {
  KecamatanCommentsDocument,
  PostSubmissionCommentDocument,
  ResolveSubmissionCommentDocument,
  SubmissionCommentsDocument,
} from './comment.documents';

const SUBMISSION = 'sub-k104';

function comment(id: string, role: 'EVALUATOR' | 'OPERATOR', body: string, createdAt: string, resolved = false) {
  const evaluator = role === 'EVALUATOR';
  return {
    __typename: 'SubmissionComment' as const,
    id,
    submissionId: SUBMISSION,
    body,
    authorRole: role,
    createdAt,
    resolvedAt: resolved ? '2026-03-03T09:00:00.000Z' : null,
    author: {
      __typename: 'UserSummary' as const,
      username: evaluator ? 'evaluator' : 'op-3275-09',
      displayName: evaluator ? 'Evaluator DP3A' : 'Operator Jatiasih',
    },
    resolvedBy: resolved
      ? { __typename: 'UserSummary' as const, username: 'evaluator', displayName: 'Evaluator DP3A' }
      : null,
  };
}

const question = comment('c-1', 'EVALUATOR', 'Mohon lampirkan SK terbaru.', '2026-03-02T08:00:00.000Z');
const otherCard = {
  ...comment('c-9', 'EVALUATOR', 'Untuk indikator lain', '2026-03-02T07:00:00.000Z'),
  submissionId: 'x',
};

const returned = {
  __typename: 'AuditEntry' as const,
  id: '41',
  at: '2026-03-02T07:59:00.000Z',
  username: 'evaluator',
  role: 'EVALUATOR',
  action: 'SUBMISSION_RETURNED',
  before: { status: 'SUBMITTED' },
  after: { status: 'RETURNED', statusReason: 'Penyebut tidak sesuai' },
};

const kecamatanMock = (comments: unknown[]): MockLink.MockedResponse => ({
  request: { query: KecamatanCommentsDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
  result: { data: { kecamatanComments: comments } },
  maxUsageCount: 5,
});
const historyMock: MockLink.MockedResponse = {
  request: { query: SubmissionHistoryDocument, variables: { submissionId: SUBMISSION } },
  result: { data: { submissionHistory: [returned] } },
  maxUsageCount: 5,
};
const postMock = (body: string, result: MockLink.MockedResponse['result'] | undefined, error?: Error) => ({
  request: { query: PostSubmissionCommentDocument, variables: { input: { submissionId: SUBMISSION, body } } },
  ...(error ? { error } : { result }),
});

function renderCard(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <CardConversation
      submissionId={SUBMISSION}
      indicator={percentageIndicator}
      year={YEAR}
      kecamatanCode={KECAMATAN}
    />,
    { mocks },
  );
}

describe('the conversation on a card', () => {
  it('folds to one line with the count and how many are open, then threads comments with the return', async () => {
    const user = userEvent.setup();
    renderCard([kecamatanMock([otherCard, question]), historyMock]);
    const card = await screen.findByTestId('conversation-K1-04');
    expect(await within(card).findByText('Diskusi (1)')).toBeVisible();
    expect(within(card).getByTestId('conversation-open')).toHaveTextContent('1 belum selesai');
    await user.click(within(card).getByText('Diskusi (1)'));
    const thread = await within(card).findByTestId('conversation');
    await within(thread).findByText(/mengembalikan ke operator/);
    const items = within(thread).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Alasan: Penyebut tidak sesuai');
    expect(items[1]).toHaveTextContent('Evaluator DP3A (Evaluator)');
    expect(items[1]).toHaveTextContent('Mohon lampirkan SK terbaru.');
    expect(within(card).queryByTestId('comment-resolve')).toBeNull();
  });

  it('sends a reply, which joins the thread, and refuses an empty one before sending', async () => {
    const user = userEvent.setup();
    const reply = comment('c-2', 'OPERATOR', 'Sudah diunggah.', '2026-03-02T09:00:00.000Z');
    renderCard([
      kecamatanMock([question]),
      historyMock,
      postMock('Sudah diunggah.', { data: { postSubmissionComment: reply } }),
    ]);
    const card = await screen.findByTestId('conversation-K1-04');
    await user.click(await within(card).findByText('Diskusi (1)'));
    await user.click(within(card).getByTestId('comment-send'));
    expect(within(card).getByTestId('comment-error')).toHaveTextContent('Wajib diisi.');
    await user.type(within(card).getByTestId('comment-input'), '  Sudah diunggah. ');
    await user.click(within(card).getByTestId('comment-send'));
    expect(await within(card).findByText('Sudah diunggah.')).toBeVisible();
    expect(within(card).getByText('Diskusi (2)')).toBeVisible();
    expect(within(card).getByTestId('comment-input')).toHaveValue('');
  });

  it('keeps a reply that could not be sent, saying so, and sends it again on request', async () => {
    const user = userEvent.setup();
    const reply = comment('c-3', 'OPERATOR', 'Halo', '2026-03-02T09:00:00.000Z');
    renderCard([
      kecamatanMock([question]),
      historyMock,
      postMock('Halo', undefined, new TypeError('Failed to fetch')),
      postMock('Halo', { data: { postSubmissionComment: reply } }),
    ]);
    const card = await screen.findByTestId('conversation-K1-04');
    await user.click(await within(card).findByText('Diskusi (1)'));
    await user.type(within(card).getByTestId('comment-input'), 'Halo');
    await user.click(within(card).getByTestId('comment-send'));
    expect(await within(card).findByTestId('comment-not-sent')).toHaveTextContent('Belum terkirim');
    expect(within(card).getByTestId('comment-input')).toHaveValue('Halo');
    expect(within(card).getByTestId('comment-send')).toHaveTextContent('Kirim ulang');
    await user.click(within(card).getByTestId('comment-send'));
    expect(await within(card).findByTestId('comment-c-3')).toHaveTextContent('Halo');
    expect(within(card).queryByTestId('comment-not-sent')).toBeNull();
  });
});

describe('the conversation in the review panel', () => {
  it('lets the evaluator mark a comment resolved', async () => {
    const user = userEvent.setup();
    const operatorComment = comment('c-4', 'OPERATOR', 'Data sudah diperbarui.', '2026-03-02T10:00:00.000Z');
    renderWithApollo(<PanelConversation submissionId={SUBMISSION} indicator={percentageIndicator} />, {
      mocks: [
        {
          request: { query: SubmissionCommentsDocument, variables: { submissionId: SUBMISSION } },
          result: { data: { submissionComments: [operatorComment] } },
          maxUsageCount: 5,
        },
        historyMock,
        {
          request: { query: ResolveSubmissionCommentDocument, variables: { commentId: 'c-4' } },
          result: {
            data: {
              resolveSubmissionComment: {
                ...comment('c-4', 'OPERATOR', 'Data sudah diperbarui.', '2026-03-02T10:00:00.000Z', true),
              },
            },
          },
        },
      ],
    });
    const item = await screen.findByTestId('comment-c-4');
    expect(item).toHaveAttribute('data-resolved', 'false');
    await user.click(within(item).getByTestId('comment-resolve'));
    expect(await within(item).findByTestId('comment-resolved')).toHaveTextContent(
      'Selesai · ditandai oleh Evaluator DP3A',
    );
    expect(item).toHaveAttribute('data-resolved', 'true');
  });
});
