// The fields a flow asks beyond name and address: what depends on the country, the yes-or-no
// declarations, and data the product team fixed.
import { test, expect, PersonalDataStep, persona } from 'kyc-onboarding-playwright';

test('a US address asks for the state', async ({ page, kyc }) => {
  // Onfido's flow: Solaris's video identification takes residents of Germany only.
  const { url } = await kyc.createSession({ flow: 'onfido_documents' });
  await page.goto(url);
  const step = new PersonalDataStep(page);
  await expect(step.heading()).toBeVisible();
  const state = page.getByLabel('State or province');
  await expect(state).toBeHidden();
  await page.getByLabel('Country of residence').selectOption('US');
  await expect(state).toBeVisible();
  await expect(state.locator('option', { hasText: 'New York' })).toHaveCount(1);
  await page.getByLabel('Country of residence').selectOption('CA');
  await expect(state.locator('option', { hasText: 'Quebec' })).toHaveCount(1);

  const person = persona('Jane', {
    country: 'US', street: 'Broadway', houseNumber: '1', postalCode: '10004', city: 'New York',
    mobile: '+1 212 555 0123', state: undefined,
  });
  await step.fill(person);
  await step.submit();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /State or province/ })).toBeVisible();
  await summary.getByRole('link', { name: /State or province/ }).click();
  await expect(state).toBeFocused();
  await state.selectOption('NY');
  await expect(page.locator('#state-error')).toBeEmpty();
  await step.submit();
  await expect(page.getByRole('heading', { level: 1, name: 'Your consent' })).toBeVisible();
});

test('optional fields say so; a wrong birth name is refused while typing', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await expect(page.getByLabel('Birth name (optional)')).toBeVisible();
  await expect(page.getByLabel('Salutation (optional)')).toBeVisible();
  await page.getByLabel('Birth name').fill('Mey3r');
  await expect(page.getByLabel('Birth name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Birth name').fill('Meyer');
  await expect(page.getByLabel('Birth name')).toHaveAttribute('aria-invalid', 'false');
  // An unanswered declaration is an error of its own, and the summary leads to the question.
  await step.submit();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  const pep = summary.getByRole('link', { name: /politically exposed person\? Please choose an answer/ });
  await expect(pep).toBeVisible();
  await expect(summary.getByRole('link', { name: /Birth name/ })).toHaveCount(0);
  await pep.click();
  await expect(page.getByRole('group', { name: /politically exposed/ })).toBeFocused();
  await page.getByRole('group', { name: /politically exposed/ }).getByRole('radio', { name: 'No' }).check();
  await expect(page.locator('#pep-error')).toBeEmpty();
});

test('data the product team fixed is shown read-only with the reason, and the proxy holds to it', async ({ page, request }) => {
  const created = await request.post('/partner/v1/sessions', {
    headers: { Authorization: 'Bearer sandbox-partner-key' },
    data: {
      language: 'en',
      prefill: { first_name: 'Jane', last_name: 'Doe', birth_date: '1992-12-11' },
      locked_fields: ['last_name', 'birth_date'],
    },
  });
  expect(created.status()).toBe(201);
  await page.goto((await created.json()).url);
  const last = page.getByLabel('Last name');
  await expect(last).toHaveValue('Doe');
  await expect(last).toHaveAttribute('readonly', '');
  await expect(page.locator('#last_name-hint')).toContainText('Provided by the company you are signing up with');
  await expect(page.getByLabel('Date of birth')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('First name(s)')).not.toHaveAttribute('readonly', '');
  await page.getByLabel('First name(s)').fill('Janet');
  await expect(page.getByLabel('First name(s)')).toHaveValue('Janet');
});
