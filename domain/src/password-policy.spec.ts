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
});
