/**
 * Password policy for NEW passwords (created, reset or changed ones), shared by the server, which
 * enforces it, and the client forms, which show the same messages before sending. Existing
 * passwords (e.g. the demo accounts' `kecala2026`) are not re-checked at sign-in.
 */
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

/** Passwords guessed first, lower-case; Indonesian ones included. Checked case-insensitively. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  '12345678',
  '123456789',
  '1234567890',
  '0123456789',
  'qwerty123',
  'qwertyuiop',
  '1q2w3e4r5t',
  'iloveyou',
  'admin12345',
  'administrator',
  'welcome123',
  'bekasi123',
  'bekasi2024',
  'bekasi2025',
  'bekasi2026',
  'kotabekasi',
  'indonesia',
  'indonesia1',
  'indonesia123',
  'indonesia45',
  'merdeka45',
  'merdeka123',
  'bismillah',
  'bismillah123',
  'sayangku',
  'rahasia123',
  'katasandi',
  'katasandi123',
  'kecala2026',
  'kecalapatriot',
  'operator123',
  'evaluator123',
  'jakarta123',
  'garuda123',
  'pancasila',
  'sandi12345',
  'asdfghjkl',
  'aaaaaaaaaa',
  '1111111111',
]);

export const PASSWORD_PROBLEMS = [
  'TOO_SHORT',
  'TOO_LONG',
  'CONTROL_CHARACTER',
  'TOO_COMMON',
  'SAME_AS_USERNAME',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/**
 * Control characters (C0 and C1, DEL, line and paragraph separators): invisible, impossible to
 * type on a phone keyboard, and a NUL byte is cut by some libraries — never part of a password.
 */
const CONTROL_CHARACTER = /[\p{Cc}\u2028\u2029]/u;

/** Whether `password` holds a control character (refused in new passwords, never matches at sign-in). Pure. */
export function hasControlCharacter(password: string): boolean {
  return CONTROL_CHARACTER.test(password);
}

/** Every way `password` breaks the policy for an account named `username`; empty when it is fine. Pure. */
export function passwordProblems(password: string, username = ''): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('TOO_SHORT');
  if (password.length > MAX_PASSWORD_LENGTH) problems.push('TOO_LONG');
  if (hasControlCharacter(password)) problems.push('CONTROL_CHARACTER');
  const lower = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) problems.push('TOO_COMMON');
  const name = username.trim().toLowerCase();
  if (name !== '' && lower === name) problems.push('SAME_AS_USERNAME');
  return problems;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `must be at least ${MIN_PASSWORD_LENGTH} characters`,
  TOO_LONG: `must be at most ${MAX_PASSWORD_LENGTH} characters`,
  CONTROL_CHARACTER: 'must not contain control characters (such as NUL, tab or line breaks)',
  TOO_COMMON: 'is too common: choose one that is not on a list of frequent passwords',
  SAME_AS_USERNAME: 'must not be the username',
};

/** Usernames: 3–60 characters of a–z, 0–9, ".", "_", "-", starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,59}$/;
