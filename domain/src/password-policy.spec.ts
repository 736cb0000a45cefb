import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';

describe('passwordProblems', () => {
  it('accepts a long, uncommon password that is not the username', () => {
    expect(passwordProblems('Jatiasih-Ramah-Anak-7', 'op-baru')).toEqual([]);
  });
  it('refuses short, common (case-insensitively) and username passwords', () => {
    expect(passwordProblems('abc', 'x')).toEqual(['TOO_SHORT']);
    expect(passwordProblems('Bekasi123', 'x')).toEqual(['TOO_SHORT', 'TOO_COMMON']);
    expect(passwordProblems('INDONESIA123', 'x')).toEqual(['TOO_COMMON']);
    expect(passwordProblems('Operator-Jatiasih', 'operator-jatiasih')).toEqual(['SAME_AS_USERNAME']);
  });
  it('refuses control characters anywhere: NUL, tab, line breaks, DEL, C1, line separator', () => {
    for (const bad of [
      'abc\u0000defghijklmn',
      'Jatiasih\tRamah-Anak',
      'Jatiasih-Ramah\n',
      '\rJatiasih-Ramah',
      'Jatiasih\u007fRamah',
      'Jatiasih\u0085Ramah',
      'Jatiasih\u2028Ramah',
    ]) {
      expect(passwordProblems(bad, 'x'), JSON.stringify(bad)).toEqual(['CONTROL_CHARACTER']);
    }
  });
  it('accepts spaces and non-ASCII letters', () => {
    expect(passwordProblems('Kota Bekasi Ramah Anak', 'x')).toEqual([]);
    expect(passwordProblems('Jatiasih-ramah-anak-é', 'x')).toEqual([]);
  });
});
