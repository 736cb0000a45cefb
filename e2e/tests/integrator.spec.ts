import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { UsersPage } from '../pages/users-page.js';

test('the admin creates an integrator account and a token for it; the token reads as that account until the account is deactivated', async ({
  page,
  request,
}, testInfo) => {
  const suffix = testInfo.project.name === 'desktop' ? 'd' : 'p';
  const username = `satu-data-${suffix}`;
  await new LoginPage(page).signIn('admin');
  const users = new UsersPage(page);
  await users.open();
  await users.createIntegrator(username, `Satu Data ${suffix}`);
  await expect(page.getByTestId('users-notice')).toContainText(`Akun integrator ${username} dibuat`);
  await expect(page.getByTestId(`user-reset-${username}`)).toHaveCount(0);

  const secret = await users.createToken(`Satu Data ${suffix}`, `Sinkron ${suffix}`);
  // Nothing on the page is wider than the screen, the one-time secret included.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  const me = async () =>
    (
      await (
        await request.post('/graphql', {
          headers: { authorization: `Bearer ${secret}` },
          data: { query: '{ me { username role } }' },
        })
      ).json()
    ).data.me;
  expect(await me()).toEqual({ username, role: 'INTEGRATOR' });

  // The account never signs in with a password.
  const login = await request.post('/graphql', {
    data: {
      query: `mutation { login(username: "${username}", password: "kecala2026") { __typename ... on ErrorResult { code } } }`,
    },
  });
  expect((await login.json()).data.login).toEqual({
    __typename: 'InvalidCredentialsError',
    code: 'INTEGRATOR_NO_LOGIN',
  });

  await users.setActive(username, false);
  expect(await me()).toBeNull();
  await expect(page.getByTestId(`token-row-Sinkron ${suffix}`)).toContainText('akun nonaktif');
});
