import { describe, expect, it } from 'vitest';
import { EntryNames, printable, safeSegment } from './dossier-names.js';

describe('dossier entry names', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeSegment('Daftar Forum Anak 2026.pdf')).toBe('Daftar Forum Anak 2026.pdf');
    expect(safeSegment('SK_SE_CAMAT_KLA')).toBe('SK_SE_CAMAT_KLA');
  });

  it('never lets a name climb out of its folder or hide', () => {
    expect(safeSegment('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeSegment('..')).toBe('berkas');
    expect(safeSegment('.')).toBe('berkas');
    expect(safeSegment('.htaccess')).toBe('htaccess');
    expect(safeSegment('C:\\Windows\\win.ini')).toBe('C_Windows_win.ini');
    expect(safeSegment('/absolute.pdf')).toBe('_absolute.pdf');
  });

  it('replaces control, bidi and zero-width characters and reserved punctuation', () => {
    expect(safeSegment('a\u0000b\u001fc\u007f.pdf')).toBe('a_b_c_.pdf');
    expect(safeSegment('invoice\u202efdp.exe')).toBe('invoice_fdp.exe');
    expect(safeSegment('x\u200by.pdf')).toBe('x_y.pdf');
    expect(safeSegment('a<b>c:"d|e?f*g.pdf')).toBe('a_b_c_d_e_f_g.pdf');
    expect(safeSegment('line\nbreak\ttab.pdf')).toBe('line_break_tab.pdf');
  });

  it('bounds the length and keeps the extension', () => {
    const long = safeSegment(`${'a'.repeat(300)}.pdf`);
    expect([...long].length).toBe(80);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(safeSegment('é'.repeat(200))).toHaveLength(80);
  });

  it('shows invisible characters of a name as a replacement mark', () => {
    expect(printable('a\u0007b\u202ec.pdf')).toBe('a\ufffdb\ufffdc.pdf');
    expect(printable('Laporan Akhir.pdf')).toBe('Laporan Akhir.pdf');
  });

  it('falls back for names with nothing left', () => {
    expect(safeSegment('')).toBe('berkas');
    expect(safeSegment('   ')).toBe('berkas');
    expect(safeSegment('\u0000', 'x')).toBe('_');
  });

  it('numbers names that collide, ignoring case, and leaves reserved ones alone', () => {
    const names = new EntryNames();
    names.reserve('manifest.json');
    expect(names.claim(['K1', 'K1-05', 'SK', 'Jatiasih-a.pdf'])).toBe('K1/K1-05/SK/Jatiasih-a.pdf');
    expect(names.claim(['K1', 'K1-05', 'SK', 'Jatiasih-a.pdf'])).toBe('K1/K1-05/SK/Jatiasih-a (2).pdf');
    expect(names.claim(['K1', 'K1-05', 'SK', 'JATIASIH-A.PDF'])).toBe('K1/K1-05/SK/JATIASIH-A (3).PDF');
    expect(names.claim(['K1', 'K1-05', 'SK', 'noext'])).toBe('K1/K1-05/SK/noext');
    expect(names.claim(['K1', 'K1-05', 'SK', 'noext'])).toBe('K1/K1-05/SK/noext (2)');
    expect(names.claim(['manifest.json'])).toBe('manifest (2).json');
  });
});
