import { afterEach, describe, expect, it } from 'vitest';
import { opensOnSignIn } from '../../app/start';
import { readStaticSignIn } from './static-sign-in';

afterEach(() => {
  document.body.innerHTML = '';
});

function paintStaticForm(submitted = false) {
  document.body.innerHTML = `<form id="static-sign-in" ${submitted ? 'data-submitted="true"' : ''}>
    <input name="username" type="text" /><input name="password" type="password" /></form>`;
  return {
    username: document.querySelector<HTMLInputElement>('[name=username]')!,
    password: document.querySelector<HTMLInputElement>('[name=password]')!,
  };
}

describe('taking over the static sign-in form of index.html', () => {
  it('reads what was typed, the focused field with its caret, and an early submit', () => {
    const { username, password } = paintStaticForm(true);
    username.value = 'op-3275-09';
    password.value = 'kecala';
    password.focus();
    password.setSelectionRange(2, 4);
    expect(readStaticSignIn()).toMatchObject({
      username: 'op-3275-09',
      password: 'kecala',
      focused: { field: 'password', start: 2, end: 4 },
      submitted: true,
    });
  });

  it('re-reads the inputs after they left the page (keystrokes just before React replaced them)', () => {
    const { username } = paintStaticForm();
    const read = readStaticSignIn()!;
    expect(read).toMatchObject({ username: '', focused: null, submitted: false });
    username.value = 'admin';
    document.body.innerHTML = '';
    expect(read.reread()).toEqual({ username: 'admin', password: '', submitted: false });
  });

  it('finds nothing when the page has no static form', () => {
    expect(readStaticSignIn()).toBeNull();
  });
});

describe('which first screen a page load shows', () => {
  it('is the sign-in screen on /masuk, and on / only without the signed-in hint', () => {
    expect(opensOnSignIn('/masuk', true)).toBe(true);
    expect(opensOnSignIn('/', false)).toBe(true);
    expect(opensOnSignIn('/', true)).toBe(false);
    expect(opensOnSignIn('/isian', false)).toBe(false);
    expect(opensOnSignIn('/skor', true)).toBe(false);
  });
});
