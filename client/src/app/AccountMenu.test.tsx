import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { renderWithApollo } from '../test/render';
import { AccountMenu } from './AccountMenu';
import { operatorUser as operator } from '../test/fixtures';

describe('AccountMenu', () => {
  it('holds who is signed in (with the kecamatan), the language, the password page and sign-out behind one button', async () => {
    const user = userEvent.setup();
    renderWithApollo(
      <MemoryRouter initialEntries={['/isian']}>
        <AccountMenu user={operator} />
      </MemoryRouter>,
    );
    const toggle = screen.getByTestId('account-menu');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).toContainElement(screen.getByTestId('logout'));
    expect(panel).toContainElement(screen.getByTestId('lang-switch'));
    expect(panel).toContainElement(screen.getByTestId('nav-change-password'));
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Operator Jatiasih');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Operator · Jatiasih');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    // Following a link in the menu closes it.
    await user.click(toggle);
    await user.click(screen.getByTestId('nav-change-password'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
