// A product team creates the session on its server and sends its user to the link it gets.
import { test, expect } from '@playwright/test';
import { checkScreen } from './fixtures/axe';

const partner = { Authorization: 'Bearer sandbox-partner-key' };

test('a link from the product team opens the flow in its language with the prefilled data, once', async ({ page, request, browser }) => {
  const created = await request.post('/partner/v1/sessions', {
    headers: partner,
    data: { language: 'de', prefill: { first_name: 'Zoë', last_name: "O'Brien", email: 'zoe@example.com' } },
  });
  expect(created.status()).toBe(201);
  const { url } = await created.json();
  // The link carries a random code and the language, never the prefilled data.
  expect([...new URL(url).searchParams.keys()].sort()).toEqual(['lang', 'launch']);
  expect(decodeURIComponent(url)).not.toMatch(/Zoë|O'Brien|zoe@/);

  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' })).toBeVisible();
  await expect(page.locator('#first_name')).toHaveValue('Zoë');
  await expect(page.locator('#email')).toHaveValue('zoe@example.com');
  // The single-use code leaves the address bar; a reload resumes with this tab's own token.
  await expect(page).not.toHaveURL(/launch=/);
  await page.reload();
  await expect(page.locator('#last_name')).toHaveValue("O'Brien");

  // The same link a second time (another device, a forwarded mail) is refused with the way on.
  const device = await browser.newContext();
  const other = await device.newPage();
  await other.goto(url);
  await expect(other.getByRole('alert')).toContainText(/abgelaufen|expired/);
  await checkScreen(other, 'launch: the link expired or was used');
  await device.close();
});
