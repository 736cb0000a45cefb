import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHtml, sampleJpeg, samplePdf, samplePng, sampleText } from '../../../test/support/sample-files.js';
import {
  FALLBACK_FILENAME,
  downloadFilename,
  inlineContentDisposition,
  sanitizeFilename,
  sha256OfFile,
  sniffEvidenceType,
} from './evidence-content.js';

describe('sniffEvidenceType reads the type from the content, not the name', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-sniff-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  it.each([
    ['a PDF', 'sk.bin', samplePdf(), 'application/pdf'],
    ['a PNG named .pdf', 'foto.pdf', samplePng(), 'image/png'],
    ['a JPEG without extension', 'foto', sampleJpeg(), 'image/jpeg'],
  ])('accepts %s', async (_label, name, bytes, expected) => {
    expect(await sniffEvidenceType(write(name, bytes))).toBe(expected);
  });

  it.each([
    ['a text file named .pdf', 'laporan.pdf', sampleText()],
    ['an HTML page named .pdf', 'laporan2.pdf', sampleHtml()],
    ['an empty file', 'kosong.pdf', Buffer.alloc(0)],
    [
      'a GIF (an image, but not one we accept)',
      'anim.png',
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
    ],
    ['a ZIP named .jpg', 'arsip.jpg', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(40)])],
  ])('refuses %s', async (_label, name, bytes) => {
    expect(await sniffEvidenceType(write(name, bytes))).toBeNull();
  });

  it('hashes the stored bytes with SHA-256', async () => {
    expect(await sha256OfFile(write('abc.txt', Buffer.from('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('sanitizeFilename keeps the name as harmless metadata', () => {
  it.each([
    ['SK Gugus Tugas 2026.pdf', 'SK Gugus Tugas 2026.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\system.ini', 'system.ini'],
    ['C:\\Users\\op\\Foto Posyandu.jpg', 'Foto Posyandu.jpg'],
    ['lap\u0000oran\r\n.pdf', 'laporan.pdf'],
    ['\u202Efdp.exe', 'fdp.exe'],
    ['  spasi.png  ', 'spasi.png'],
    ['daftar hadir – Musrenbang (kel. Jatiasih).pdf', 'daftar hadir – Musrenbang (kel. Jatiasih).pdf'],
    ['', FALLBACK_FILENAME],
    ['../', FALLBACK_FILENAME],
    ['..', FALLBACK_FILENAME],
    ['\u0001\u0002', FALLBACK_FILENAME],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFilename(raw)).toBe(expected);
  });

  it('caps the name at 255 characters without splitting a character', () => {
    expect(sanitizeFilename('a'.repeat(300) + '.pdf')).toHaveLength(255);
    const emoji = sanitizeFilename('📄'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(255);
    expect(emoji).toBe('📄'.repeat(255));
  });

  it('gives the download the extension of the detected type when the name lacks it', () => {
    expect(downloadFilename('SK.pdf', 'application/pdf')).toBe('SK.pdf');
    expect(downloadFilename('foto.JPEG', 'image/jpeg')).toBe('foto.JPEG');
    expect(downloadFilename('foto.pdf', 'image/png')).toBe('foto.pdf.png');
    expect(downloadFilename('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(downloadFilename('x'.repeat(255), 'application/pdf')).toBe('x'.repeat(251) + '.pdf');
  });

  it('encodes the name for Content-Disposition so no quote, semicolon or newline gets through', () => {
    expect(inlineContentDisposition('Foto Posyandu (1).jpg')).toBe(
      "inline; filename*=UTF-8''Foto%20Posyandu%20%281%29.jpg",
    );
    expect(inlineContentDisposition('a";b\'c.pdf')).toBe("inline; filename*=UTF-8''a%22%3Bb%27c.pdf");
    expect(inlineContentDisposition('daftar–hadir.pdf')).toBe("inline; filename*=UTF-8''daftar%E2%80%93hadir.pdf");
  });
});
