// Every test scenario of the Solaris/IDnow sandbox, from the first screen to the final one.
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  personas,
  solarisPersona,
  reachIdentification,
  StatusStep,
  PersonalDataStep,
  ConsentsStep,
  IdentificationStep,
  uniqueName,
  type SolarisScenario,
} from 'kyc-onboarding-playwright';
import { checkScreen } from './fixtures/axe';

const main = (page: Page) => page.getByRole('main');

for (const mode of ['auto', 'manual'] as const) {
  test.describe(mode === 'auto' ? 'X-AUTOTEST' : 'X-MANUALTEST', () => {
    // Each screen is checked once, in the automated calls: the manual ones reach the same screens.
    const check = (page: Page, screen: string) => (mode === 'auto' ? checkScreen(page, screen) : Promise.resolve());
    const reach = async (page: Page, scenario: SolarisScenario) => {
      const ident = await reachIdentification(page, solarisPersona(scenario, mode));
      if (mode === 'manual') await ident.manualCall();
      return { ident, status: new StatusStep(page) };
    };

    test('HAPPYPATH: verified after the review', async ({ page }) => {
      const { status } = await reach(page, 'HAPPYPATH');
      await expect(status.verified()).toBeVisible();
      await expect(status.underReview()).toBeHidden();
    });

    test('FRAUDIDENT: failed, and no reason is disclosed', async ({ page }) => {
      const { status } = await reach(page, 'FRAUDIDENT');
      await expect(status.failed()).toBeVisible();
      await expect(main(page)).not.toContainText(/fraud|TECH_|reason/i);
      await check(page, 'status: failed');
    });

    test('ABORTIDENT: interrupted with guidance, and the same link works again', async ({ page }) => {
      const { ident, status } = await reach(page, 'ABORTIDENT');
      await expect(status.interrupted()).toBeVisible();
      await check(page, 'status: interrupted');
      await status.tryAgain().click();
      await expect(ident.iframe()).toBeVisible();
    });

    test('FRAUDOK: verified once the review clears the suspicion', async ({ page }) => {
      const { status } = await reach(page, 'FRAUDOK');
      await expect(status.verified()).toBeVisible();
    });

    test('CANCELED: cancelled in review, with the way on', async ({ page }) => {
      const { status } = await reach(page, 'CANCELED');
      await expect(status.interrupted()).toBeVisible();
      await expect(status.tryAgain()).toBeVisible();
      await check(page, 'status: cancelled in review');
    });

    test('LONGREVIEW: verified, review still pending', async ({ page }) => {
      const { status } = await reach(page, 'LONGREVIEW');
      await expect(status.verified()).toBeVisible();
      await expect(status.underReview()).toBeVisible();
      await check(page, 'status: verified, under review');
    });

    test('CHANGEALL: the data corrected by the agent is shown', async ({ page }) => {
      const { status } = await reach(page, 'CHANGEALL');
      await expect(status.verified()).toBeVisible();
      await expect(main(page)).toContainText('Ørsted-Núñez Þórsdóttir');
      await check(page, 'status: verified, details corrected');
    });

    test('CHANGEALLREVIEW: the data corrected in review is shown', async ({ page }) => {
      const { status } = await reach(page, 'CHANGEALLREVIEW');
      await expect(status.verified()).toBeVisible();
      await expect(main(page)).toContainText('Ørsted-Núñez Þórsdóttir');
    });
  });
}

test('HOLDCERTIFICATE (eSigning only) is refused cleanly with a way on', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(personas.solaris.refused);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await expect(ident.heading()).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/contact support/i);
  await expect(main(page)).not.toContainText('HOLDCERTIFICATE');
  await checkScreen(page, 'identification: refused before the call');
});

test('a passport without address asks for a recent proof of address before the call', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(personas.solaris.successful);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await expect(ident.documentsHeading()).toBeVisible();
  await checkScreen(page, 'identification: document choice');
  await ident.chooseDocument('Passport', 'DE');
  const proof = ident.proofOfAddress();
  await expect(proof).toBeVisible();
  await ident.giveProofOfAddress('GAS_BILL', '2020-01-01');
  await ident.startButton().click();
  await expect(page.locator('#proof_issued_at-error')).toContainText('6 months');
  await expect(ident.iframe()).toBeHidden();
  const today = new Date().toISOString().slice(0, 10);
  await ident.giveProofOfAddress('GAS_BILL', today);
  await ident.startButton().click();
  await expect(new StatusStep(page).verified()).toBeVisible();
});

test('a German ID card shows the address, so no proof of address is asked', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(personas.solaris.successful);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await ident.chooseDocument('Passport', 'DE');
  await expect(ident.proofOfAddress()).toBeVisible();
  await ident.chooseDocument('ID card', 'DE');
  await expect(ident.proofOfAddress()).toBeHidden();
  await ident.startButton().click();
  await expect(ident.iframe()).toBeVisible();
});

test('an address nobody could confirm is proven in the call, even with a German ID card', async ({ page, kyc }) => {
  const { id, url } = await kyc.createSession({ flow: 'solaris_idnow' });
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill({ ...personas.solaris.successful, street: 'Nirgendwostraße' });
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await ident.chooseDocument('ID card', 'DE');
  await expect(ident.proofOfAddress()).toBeVisible();
  await expect(ident.proofOfAddress()).toContainText('We could not confirm your address');
  await checkScreen(page, 'identification: address not confirmed, proof asked');
  const today = new Date().toISOString().slice(0, 10);
  await ident.giveProofOfAddress('CERTIFICATE_OF_REGISTRATION', today);
  await ident.startButton().click();
  await expect(new StatusStep(page).verified()).toBeVisible();
  // The product team's support sees the proof the call was requested with.
  const detail = await kyc.session(id);
  expect(detail.proof_of_address).toEqual({ reason: 'address_not_confirmed', type: 'CERTIFICATE_OF_REGISTRATION', issued_at: today });
});

test('the IDnow reference never reaches the browser', async ({ page, kyc }) => {
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
  await reachIdentification(page, { ...personas.solaris.successful, lastName });
  const status = new StatusStep(page);
  await expect(status.verified()).toBeVisible();
  await expect(status.underReview()).toBeHidden();

  // The product team's backend can see the reference; the browser must not have.
  const detail = await kyc.sessionByLastName(lastName);
  const reference: string = detail.provider.reference;
  expect(reference).toMatch(/^TST-/);
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body).not.toContain(reference);
  expect(await page.content()).not.toContain(reference);
});
