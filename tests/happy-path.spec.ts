import { test, expect } from '@playwright/test';
import { personas, reachIdentification, StatusStep, browserStorage } from 'kyc-onboarding-playwright';

test('X-AUTOTEST-HAPPYPATH goes from the first screen to "You are verified"', async ({ page }) => {
  const person = personas.solaris.successful;
  const ident = await reachIdentification(page, person);
  await expect(page).toHaveURL(/\/identification$/);

  // The provider's page is framed from its own origin with camera and microphone delegated.
  await expect(ident.iframe()).toHaveAttribute('allow', /camera/);
  await expect(ident.iframe()).toHaveAttribute('allow', /microphone/);
  const src = await ident.iframe().getAttribute('src');
  expect(new URL(src!).origin).not.toBe(new URL(page.url()).origin);
  await expect(ident.call().getByRole('heading', { level: 1 })).toBeVisible();

  // The automated call ends by itself; the return page tells the SPA, which moves on.
  const status = new StatusStep(page);
  await expect(page).toHaveURL(/\/status$/);
  await expect(status.heading('You are verified')).toBeVisible();
  await expect(page.getByText('Your identification is being reviewed')).toBeHidden();

  const storage = await browserStorage(page);
  expect(storage.local).toEqual([]);
  expect(storage.session).toEqual(['kyc.session']);
  // Only the random token (base64url), nothing the user typed.
  expect(storage.sessionValues).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(storage.sessionValues).not.toContain(person.firstName);
  expect(storage.cookies).toBe('');
});
