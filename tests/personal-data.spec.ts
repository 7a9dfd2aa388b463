import { test, expect, PersonalDataStep, ConsentsStep, persona, browserStorage } from 'kyc-onboarding-playwright';

test('a reload mid-form keeps what was typed: it is autosaved on the proxy, not in the browser', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  // The save that carries the last name: the first name alone may be saved before it is typed.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/session/draft') && r.status() === 204
    && (r.request().postData() ?? '').includes('J@ne'));
  await step.firstName().fill('Łukasz');
  await step.lastName().fill('J@ne');
  await saved;
  const storage = await browserStorage(page);
  expect([...storage.local, ...storage.session]).toEqual(['kyc.session']);
  expect(storage.sessionValues + storage.cookies).not.toContain('ukasz');

  await page.reload();
  await expect(step.heading()).toBeVisible();
  await expect(step.firstName()).toHaveValue('Łukasz');
  await expect(step.lastName()).toHaveValue('J@ne', { timeout: 5000 });
});

test('street suggestions come from the address lookup and fill postal code and city', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await page.getByLabel('Country of residence').selectOption('DE');
  await page.getByLabel('Street').fill('Amrumer');
  await expect(page.locator('#street-suggestions option[value="Amrumer Straße"]')).toHaveCount(1);
  await page.getByLabel('Street').fill('Amrumer Straße');
  await expect(page.getByLabel('Postal code')).toHaveValue('13353');
  await expect(page.getByLabel('City')).toHaveValue('Berlin');
});

test('an address spelled differently is shown in its official form; an unknown one needs a proof later', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await step.fill(persona('Jane', { street: 'Amrumer Str.' }));
  await step.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await expect(page.getByText('We found your address as: Amrumer Straße 14, 13353 Berlin.')).toBeVisible();

  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByLabel('Street').fill('Nirgendwostraße');
  await step.submit();
  await expect(consents.heading()).toBeVisible();
  await expect(page.getByText(/could not confirm this address/)).toBeVisible();
});

test('the proxy refuses a landline with a message under the mobile number field', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await step.fill(persona('Jane', { mobile: '+49 30 1234567' }));
  await step.submit();
  await expect(page.locator('#mobile_number-error')).toContainText('mobile number');
  await expect(page).toHaveURL(/\/personal-data$/);
});

test('the video identification takes residents of Germany: another country is refused as it is chosen', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  const country = page.getByLabel('Country of residence');
  const error = page.locator('#country-error');
  await country.selectOption('AT');
  // Said at once, before any submit, with the country's name and the way on.
  await expect(error).toContainText('only available to residents of: Germany');
  await expect(error).toContainText('ask the service provider for another way');
  await expect(country).toHaveAttribute('aria-invalid', 'true');
  await country.selectOption('DE');
  await expect(error).toBeEmpty();
  await expect(page).toHaveURL(/\/personal-data$/);
});

test("in another flow a residence country outside the deployment's list is refused, naming the allowed ones", async ({ page, kyc }) => {
  const { url } = await kyc.createSession({ flow: 'onfido_documents' });
  await page.goto(url);
  const step = new PersonalDataStep(page);
  await expect(step.heading()).toBeVisible();
  await page.getByLabel('Country of residence').selectOption('JP');
  const error = page.locator('#country-error');
  await expect(error).toContainText('not available for residents of this country');
  await expect(error).toContainText('Germany, Austria, Switzerland');
  await page.getByLabel('Country of residence').selectOption('DE');
  await expect(error).toBeEmpty();
});

test('over a rate limit the form says calmly to wait, keeps every field, and saves on the retry', async ({ page }) => {
  // The first save is answered as a busy proxy over its limit would answer it.
  let limited = false;
  await page.route('**/api/session/person', async (route) => {
    if (limited) return route.continue();
    limited = true;
    await route.fulfill({
      status: 429,
      headers: { 'Retry-After': '1' },
      contentType: 'application/json',
      body: '{"error":{"code":"too_many_requests","message":"Too many requests. Please try again in a moment."}}',
    });
  });
  const step = new PersonalDataStep(page);
  await step.open();
  const jane = persona('Jane');
  await step.fill(jane);
  await step.submit();
  const problem = page.getByRole('alert').filter({ hasText: 'Please wait a moment, then try again' });
  await expect(problem).toBeVisible();
  await expect(step.firstName()).toHaveValue(jane.firstName);
  await expect(step.lastName()).toHaveValue(jane.lastName);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(new ConsentsStep(page).heading()).toBeVisible();
});
