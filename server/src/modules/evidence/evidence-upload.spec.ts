import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAbandonedUploads } from './evidence-upload.js';
import { EvidenceErrorCode, EvidenceHttpError, codeForStatus, formatBytes } from './evidence.errors.js';

describe('deleteAbandonedUploads', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('deletes only files older than the limit, and tolerates a missing folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-uploads-'));
    dirs.push(dir);
    const now = Date.now();
    const write = (name: string, ageMs: number) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, 'x');
      fs.utimesSync(file, new Date(now - ageMs), new Date(now - ageMs));
    };
    write('old', 25 * 3600_000);
    write('old.json', 25 * 3600_000);
    write('old.finishing-1', 25 * 3600_000);
    write('fresh', 3600_000);
    write('fresh.json', 3600_000);
    expect(await deleteAbandonedUploads(dir, 24 * 3600_000, now)).toBe(3);
    expect(fs.readdirSync(dir).sort()).toEqual(['fresh', 'fresh.json']);
    expect(await deleteAbandonedUploads(path.join(dir, 'missing'), 1, now)).toBe(0);
  });
});

describe('evidence HTTP refusals', () => {
  it('carry a status per code and a JSON body naming the field', () => {
    const error = EvidenceHttpError.field(EvidenceErrorCode.TOO_LARGE, 'Upload-Length', 'TOO_LARGE', 'too big');
    expect(error.status).toBe(413);
    expect(error.body).toEqual({
      code: 'TOO_LARGE',
      message: 'too big',
      fieldErrors: [{ field: 'Upload-Length', code: 'TOO_LARGE', message: 'too big' }],
    });
    const several = EvidenceHttpError.validation([
      { field: 'year', code: 'REQUIRED', message: 'year is required' },
      { field: 'filename', code: 'REQUIRED', message: 'filename is required' },
    ]);
    expect([several.status, several.message]).toEqual([400, 'year is required; filename is required']);
    // Refusals by state are not 409, which tus clients read as an offset conflict.
    expect(new EvidenceHttpError(EvidenceErrorCode.SUBMISSION_LOCKED, 'locked').status).toBe(403);
    expect(new EvidenceHttpError(EvidenceErrorCode.PERIOD_CLOSED, 'closed').status).toBe(403);
  });

  it('state limits readably', () => {
    expect([10 * 1024 * 1024, 5000, 512].map(formatBytes)).toEqual(['10 MB', '4.9 KB', '512 bytes']);
  });

  it('give a code to the bare statuses tus answers with', () => {
    expect([401, 403, 404, 409, 410, 412, 413, 460, 500].map(codeForStatus)).toEqual([
      'UNAUTHENTICATED',
      'NOT_ALLOWED',
      'NOT_FOUND',
      'UPLOAD_CONFLICT',
      'NOT_FOUND',
      'BAD_REQUEST',
      'TOO_LARGE',
      'BAD_REQUEST',
      'INTERNAL_SERVER_ERROR',
    ]);
  });
});
