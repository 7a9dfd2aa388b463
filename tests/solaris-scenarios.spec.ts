// Every test scenario of the Solaris/IDnow sandbox, from the first screen to the final one.
import { test, expect } from '@playwright/test';
import {
  persona,
  reachIdentification,
  manualCall,
  StatusStep,
  PersonalDataStep,
  ConsentsStep,
  IdentificationStep,
  uniqueName,
  partnerSessionOf,
} from './fixtures/onboarding';

const main = (page: import('@playwright/test').Page) => page.getByRole('main');

for (const mode of ['X-AUTOTEST', 'X-MANUALTEST'] as const) {
  test.describe(mode, () => {
    const reach = async (page: import('@playwright/test').Page, scenario: string) => {
      const ident = await reachIdentification(page, persona(`${mode}-${scenario}`));
      if (mode === 'X-MANUALTEST') await manualCall(ident);
      return { ident, status: new StatusStep(page) };
    };

    test('HAPPYPATH: verified after the review', async ({ page }) => {
      const { status } = await reach(page, 'HAPPYPATH');
      await expect(status.heading('You are verified')).toBeVisible();
      await expect(page.getByText('Your identification is being reviewed')).toBeHidden();
    });

    test('FRAUDIDENT: failed, and no reason is disclosed', async ({ page }) => {
      const { status } = await reach(page, 'FRAUDIDENT');
      await expect(status.heading('Identification failed')).toBeVisible();
      await expect(main(page)).not.toContainText(/fraud|TECH_|reason/i);
    });

    test('ABORTIDENT: interrupted with guidance, and the same link works again', async ({ page }) => {
      const { ident, status } = await reach(page, 'ABORTIDENT');
      await expect(status.heading('Identification interrupted')).toBeVisible();
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(ident.iframe()).toBeVisible();
    });

    test('FRAUDOK: verified once the review clears the suspicion', async ({ page }) => {
      const { status } = await reach(page, 'FRAUDOK');
      await expect(status.heading('You are verified')).toBeVisible();
    });

    test('CANCELED: cancelled in review, with the way on', async ({ page }) => {
      const { status } = await reach(page, 'CANCELED');
      await expect(status.heading('Identification interrupted')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    });

    test('LONGREVIEW: verified, review still pending', async ({ page }) => {
      const { status } = await reach(page, 'LONGREVIEW');
      await expect(status.heading('You are verified')).toBeVisible();
      await expect(page.getByText('Your identification is being reviewed')).toBeVisible();
    });

    test('CHANGEALL: the data corrected by the agent is shown', async ({ page }) => {
      const { status } = await reach(page, 'CHANGEALL');
      await expect(status.heading('You are verified')).toBeVisible();
      await expect(main(page)).toContainText('Ørsted-Núñez Þórsdóttir');
    });

    test('CHANGEALLREVIEW: the data corrected in review is shown', async ({ page }) => {
      const { status } = await reach(page, 'CHANGEALLREVIEW');
      await expect(status.heading('You are verified')).toBeVisible();
      await expect(main(page)).toContainText('Ørsted-Núñez Þórsdóttir');
    });
  });
}

test('HOLDCERTIFICATE (eSigning only) is refused cleanly with a way on', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona('X-AUTOTEST-HOLDCERTIFICATE'));
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await expect(ident.heading()).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/contact support/i);
  await expect(main(page)).not.toContainText('HOLDCERTIFICATE');
});

test('a passport without address asks for a recent proof of address before the call', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona('X-AUTOTEST-HAPPYPATH'));
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await expect(page.getByRole('heading', { name: 'Documents you can use' })).toBeVisible();
  await ident.chooseDocument('Passport', 'DE');
  const proof = page.getByRole('group', { name: 'Proof of address' });
  await expect(proof).toBeVisible();
  await proof.getByLabel('Type of proof').selectOption('GAS_BILL');
  await proof.getByLabel('Issue date').fill('2020-01-01');
  await ident.startButton().click();
  await expect(page.locator('#proof_issued_at-error')).toContainText('6 months');
  await expect(ident.iframe()).toBeHidden();
  const today = new Date().toISOString().slice(0, 10);
  await proof.getByLabel('Issue date').fill(today);
  await ident.startButton().click();
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
});

test('a German ID card shows the address, so no proof of address is asked', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona('X-AUTOTEST-HAPPYPATH'));
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await ident.chooseDocument('Passport', 'DE');
  await expect(page.getByRole('group', { name: 'Proof of address' })).toBeVisible();
  await ident.chooseDocument('ID card', 'DE');
  await expect(page.getByRole('group', { name: 'Proof of address' })).toBeHidden();
  await ident.startButton().click();
  await expect(ident.iframe()).toBeVisible();
});

test('the IDnow reference never reaches the browser', async ({ page, request }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    try {
      bodies.push(await response.text());
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  page.on('framenavigated', (frame) => bodies.push(frame.url()));
  const lastName = uniqueName();
  await reachIdentification(page, persona('X-AUTOTEST-HAPPYPATH', { lastName }));
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
  await expect(page.getByText('Your identification is being reviewed')).toBeHidden();

  // The product team's backend can see the reference; the browser must not have.
  const detail = await partnerSessionOf(request, lastName);
  const reference: string = detail.provider.reference;
  expect(reference).toMatch(/^TST-/);
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body).not.toContain(reference);
  expect(await page.content()).not.toContain(reference);
});
