/**
 * Entry names inside a dossier ZIP. Every part of a name comes from data someone typed (an
 * uploader's file name, a checklist label), so each part is reduced to one safe path segment:
 * no separators, no `.`/`..`, no control or bidi characters, bounded length; and two files that
 * end up with the same name get " (2)", " (3)" before their extension.
 */

const MAX_SEGMENT = 80;
// C0/C1 controls, DEL, bidi overrides and zero-width marks, and what Windows refuses in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"/\\|?*]+/g;

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A name as a cell shows it: control, bidi and zero-width characters as "\ufffd", the rest as typed. */
export function printable(text: string): string {
  return text.replace(INVISIBLE, '\ufffd');
}

/** One path segment: never empty, never a dot name, at most 80 characters. */
export function safeSegment(text: string, fallback = 'berkas'): string {
  let segment = text.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  // Leading dots would make hidden files or `..`; trailing dots and spaces Windows drops.
  segment = segment.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if ([...segment].length > MAX_SEGMENT) segment = truncateKeepingExtension(segment, MAX_SEGMENT);
  return segment === '' ? fallback : segment;
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = [...name.slice(0, name.length - extension.length)].slice(0, max - [...extension].length);
  return chars.length <= max ? name : stem.join('').trimEnd() + extension;
}

/** "laporan.pdf" → "laporan (2).pdf". */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  const slash = name.lastIndexOf('/');
  if (dot > slash + 1) return `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
  return `${name} (${n})`;
}

/**
 * Hands out unique entry names. Comparison ignores case: Windows and macOS unpack "A.pdf" and
 * "a.pdf" into one file.
 */
export class EntryNames {
  private readonly taken = new Set<string>();

  /** Reserves a fixed name (e.g. manifest.json) so that no evidence file takes it. */
  reserve(name: string): string {
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** The segments joined with "/", each made safe, numbered when the path is taken already. */
  claim(segments: readonly string[]): string {
    const base = segments.map((s) => safeSegment(s)).join('/');
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n += 1) name = numbered(base, n);
    this.taken.add(name.toLowerCase());
    return name;
  }
}
