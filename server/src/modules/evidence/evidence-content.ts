import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';

/**
 * The only kinds of evidence accepted: documents as PDF, photos and scans as JPEG or PNG. Anything
 * a browser could run (HTML, SVG) or a phone cannot preview is refused.
 */
export const EVIDENCE_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

const EXTENSIONS: Record<EvidenceMimeType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/**
 * The type of a stored file read from its first bytes (file-type 21, the last major that runs
 * on Node 20), never from its name or the client's Content-Type; null when it is none of
 * EVIDENCE_MIME_TYPES (a text file named .pdf, an empty file, an SVG…).
 */
export async function sniffEvidenceType(filePath: string): Promise<EvidenceMimeType | null> {
  const detected = await fileTypeFromFile(filePath);
  const mime = detected?.mime as string | undefined;
  return mime && (EVIDENCE_MIME_TYPES as readonly string[]).includes(mime) ? (mime as EvidenceMimeType) : null;
}

export async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(filePath), hash);
  return hash.digest('hex');
}

const MAX_FILENAME_LENGTH = 255;
export const FALLBACK_FILENAME = 'bukti-dukung';

// C0 and C1 controls, DEL, and the bidirectional overrides that make "fdp.exe" read as "exe.pdf".
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The uploader's file name, kept as metadata only (files are stored under a generated key):
 * the last path segment (`/` or `\`), without control or bidi characters, trimmed, at most 255
 * characters (code points, as PostgreSQL counts them). Empty, `.` or `..` become "bukti-dukung".
 */
export function sanitizeFilename(raw: string | null | undefined): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.replace(UNSAFE_CHARACTERS, '').trim();
  const capped = Array.from(cleaned).slice(0, MAX_FILENAME_LENGTH).join('').trim();
  return capped === '' || capped === '.' || capped === '..' ? FALLBACK_FILENAME : capped;
}

/**
 * The name offered on download: the sanitized original, with the extension of the detected type
 * added when the original does not have it (a PNG uploaded as "foto.pdf" downloads as
 * "foto.pdf.png"), so the saved file opens with the right program.
 */
export function downloadFilename(originalName: string, mimeType: string): string {
  const name = sanitizeFilename(originalName);
  const extensions = EXTENSIONS[mimeType as EvidenceMimeType];
  if (!extensions) return name;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (extensions.includes(extension)) return name;
  const suffix = `.${extensions[0]}`;
  return (
    Array.from(name)
      .slice(0, MAX_FILENAME_LENGTH - suffix.length)
      .join('') + suffix
  );
}

/** RFC 8187 / 6266: `inline; filename*=UTF-8''<percent-encoded name>`, every non-attr-char encoded. */
export function inlineContentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename*=UTF-8''${encoded}`;
}
