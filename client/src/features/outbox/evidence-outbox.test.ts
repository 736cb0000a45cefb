import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceUploadOutcome } from '../evidence/evidence-uploader';
import { EvidenceOutbox, type UploadFn } from './evidence-outbox';
import { createIdbEvidenceStore } from './outbox-store';

const target = { year: 2026, kecamatanCode: '32.75.09', indicatorCode: 'K1-04', requirementCode: 'SK' };

function fakeUpload(
  outcomes: EvidenceUploadOutcome[],
  seen: Array<{ name: string; text: string; lastModified: number }>,
): UploadFn {
  return (file, _target, options) => ({
    done: (async () => {
      seen.push({ name: file.name, text: await file.text(), lastModified: file.lastModified });
      options.onProgress?.(5, 10);
      return outcomes.shift()!;
    })(),
    cancel: async () => {},
    pause: async () => {},
  });
}

describe('EvidenceOutbox', () => {
  it('keeps a file picked offline across a restart and uploads it, with progress, when online', async () => {
    const online = { value: false };
    const seen: Array<{ name: string; text: string; lastModified: number }> = [];
    const first = new EvidenceOutbox({
      userId: 'op-1',
      store: createIdbEvidenceStore('evidence-test'),
      upload: fakeUpload([], seen),
      isOnline: () => online.value,
    });
    await first.start();
    await first.enqueue(
      new File(['%PDF-1.4 bukti'], 'sk-camat.pdf', { type: 'application/pdf', lastModified: 1234 }),
      target,
    );
    expect(first.list().map((item) => item.entry.name)).toEqual(['sk-camat.pdf']);
    expect(seen).toEqual([]);

    online.value = true;
    const onUploaded = vi.fn(async () => {});
    const progress: Array<number | null> = [];
    const restarted = new EvidenceOutbox({
      userId: 'op-1',
      store: createIdbEvidenceStore('evidence-test'),
      upload: fakeUpload([{ kind: 'uploaded', evidenceId: 'e1' }], seen),
      isOnline: () => online.value,
      onUploaded,
    });
    restarted.subscribe(() => progress.push(restarted.list()[0]?.percent ?? null));
    await restarted.start();
    // The same name, bytes and date: tus can resume an interrupted upload of it.
    expect(seen).toEqual([{ name: 'sk-camat.pdf', text: '%PDF-1.4 bukti', lastModified: 1234 }]);
    expect(progress).toContain(50);
    expect(onUploaded).toHaveBeenCalledWith(target);
    expect(restarted.list()).toEqual([]);
    expect(await createIdbEvidenceStore('evidence-test').all('op-1')).toEqual([]);
  });

  it('keeps the file after a network failure and drops it, reporting why, after a refusal', async () => {
    const seen: Array<{ name: string; text: string; lastModified: number }> = [];
    const outcomes: EvidenceUploadOutcome[] = [
      { kind: 'failed', retryable: true, message: 'offline' },
      { kind: 'refused', code: 'UNSUPPORTED_TYPE', message: 'Not a PDF', fieldErrors: [] },
    ];
    const outbox = new EvidenceOutbox({
      userId: 'op-1',
      store: createIdbEvidenceStore('evidence-test-2'),
      upload: fakeUpload(outcomes, seen),
      isOnline: () => true,
    });
    const reported: string[] = [];
    outbox.onOutcome((_key, outcome) => reported.push(outcome.kind));
    await outbox.enqueue(new File(['x'], 'foto.png', { type: 'image/png' }), target);
    await outbox.flush();
    expect(outbox.list()).toHaveLength(1);
    expect(outbox.list()[0]!.percent).toBeNull();
    await outbox.flush();
    expect(outbox.list()).toEqual([]);
    expect(reported).toEqual(['refused']);
  });
});
