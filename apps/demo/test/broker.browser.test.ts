import { formatPounds } from '@openpb/domain/money';
import {
  createClient,
  type OpenPbClient,
  signInAsPersona,
  signInWithClientCredentials,
} from '@openpb/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { delegationScopeLabel } from '../src/labels/code-labels.ts';
import { checkScreen, heading, launchChromium, signIn, watchedPage } from './support/browser.ts';

const demoUrl = inject('demoUrl');
const apiUrl = inject('apiUrl');

let browser: Browser;
let page: Page;
let app: OpenPbClient;
let staff: OpenPbClient;
let organisationName: string;
let administrator: OpenPbClient;
let registered: { readonly id: string; readonly clientId: string };
type Viewer = Awaited<ReturnType<OpenPbClient['viewer']>>;
let viewer: Viewer;
const problems: string[] = [];

/**
 * expect.poll with time for a busy machine: issuing and checking an app's secret (scrypt), and
 * every write, take longer than a persona's sign-in when the four browser test files run at once.
 */
const patient = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const formatDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function rows() {
  return page
    .locator('table', { has: page.locator('caption', { hasText: 'Delegations in force today' }) })
    .locator('tbody tr');
}

/** The seeded delegation with exactly these scopes. */
function delegationWith(...scopes: string[]) {
  const found = viewer.delegations.find(
    (delegation) => [...delegation.scopes].sort().join() === [...scopes].sort().join(),
  );
  if (!found) throw new Error(`the seed has no delegation with ${scopes.join(', ')}`);
  return found;
}

async function openPerson(personId: string): Promise<void> {
  const person = (await app.delegatedPeople.list({ pageSize: 100 })).items.find(
    (item) => item.id === personId,
  );
  await page.goto(`${demoUrl}#/`);
  await page.getByRole('link', { name: `${person?.givenName} ${person?.familyName}` }).click();
  await patient(() => heading(page)).toBe(`${person?.givenName} ${person?.familyName}`);
  await patient(() => page.locator('.loading').count()).toBe(0);
}

/** The demo signs in as the app in the browser; the test then reads the API as the same app. */
async function signInAsTheApp(): Promise<void> {
  await page.goto(demoUrl);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await patient(() => heading(page)).toBe('Sign in to the demo');
  await page.getByLabel(organisationName).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  // the administrator issues a secret (scrypt) and the app exchanges it (two scrypt checks): on a
  // busy machine that takes longer than a persona's sign-in
  await patient(() => heading(page)).toBe('People who delegate to you');
  const rotated = await administrator.apiClients.rotateSecret({
    apiClientId: registered.id,
    graceSeconds: 0,
  });
  if (!rotated.ok) throw new Error(rotated.error.message);
  const { token } = await signInWithClientCredentials({
    url: apiUrl,
    clientId: registered.clientId,
    clientSecret: rotated.data.rotation.clientSecret,
  });
  app = createClient({ url: apiUrl, token });
  viewer = await app.viewer();
}

beforeAll(async () => {
  const admin = createClient({
    url: apiUrl,
    token: await signInAsPersona({ url: apiUrl, persona: 'council-admin' }),
  });
  staff = createClient({
    url: apiUrl,
    token: await signInAsPersona({ url: apiUrl, persona: 'social-worker' }),
  });
  const [found] = (await admin.apiClients.list()).items;
  if (!found) throw new Error('the seed registers no app');
  registered = found;
  organisationName = found.organisation.name;
  administrator = admin;
  browser = await launchChromium();
  // the refusals the screen asks for on purpose are 200s with errors, never console errors
  page = await watchedPage(browser, problems);
});

afterAll(async () => {
  await browser?.close();
});

describe('a broker signed in as a third-party app (issue 15 item 2, D95)', () => {
  it('lists the people who delegated to it with what each delegation allows, as the API says', async () => {
    await signInAsTheApp();
    await page.goto(`${demoUrl}#/`);
    await patient(() => heading(page)).toBe('People who delegate to you');
    expect(viewer.organisation?.name).toBe(organisationName);
    // the seed's six delegations: four in force, one ended and one revoked, which the API leaves out
    expect(viewer.delegations).toHaveLength(4);
    await patient(() => rows().count()).toBe(viewer.delegations.length);
    expect(await page.locator('main').textContent()).toContain(
      `${organisationName} acts for 4 people of ${viewer.council.name} today.`,
    );
    const people = (await app.delegatedPeople.list({ pageSize: 100 })).items;
    expect(people).toHaveLength(4);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    for (const [index, delegation] of viewer.delegations.entries()) {
      const row = rows().nth(index);
      const person = people.find((item) => item.id === delegation.personId);
      expect(await row.locator('th').textContent()).toBe(
        `${person?.givenName} ${person?.familyName}`,
      );
      const cells = row.locator('td');
      expect(await cells.nth(0).locator('li').allTextContents()).toEqual(
        delegation.scopes.map(delegationScopeLabel),
      );
      expect(delegation.validFrom <= today).toBe(true);
      expect(await cells.nth(1).locator('.validity').allTextContents()).toEqual([
        `Since ${formatDate(delegation.validFrom)}`,
        delegation.validTo ? `Until ${formatDate(delegation.validTo)}` : 'No end date',
      ]);
    }
    expect(viewer.delegations.some((delegation) => delegation.validTo === null)).toBe(true);
    expect(viewer.delegations.some((delegation) => delegation.validTo !== null)).toBe(true);
    // the app is no member of staff: the council's lists are not offered
    expect(await page.getByRole('link', { name: 'People', exact: true }).count()).toBe(0);
    await checkScreen(page, 'broker-workspace');
  });

  it('reads a person’s plan, budget and account where every scope allows', async () => {
    const full = delegationWith('READ_PLAN', 'READ_BUDGET', 'READ_DP_LEDGER', 'PROPOSE_PLAN');
    await openPerson(full.personId);
    const read = await app.people.getCase(full.personId);
    expect(await page.getByTestId('delegation').locator('li').allTextContents()).toEqual(
      full.scopes.map(delegationScopeLabel),
    );
    await patient(() => page.getByTestId('budget').count()).toBe(
      read?.personalBudgets.length ?? -1,
    );
    expect(
      read?.currentSupportPlan,
      'the seed delegates people with an approved plan',
    ).toBeTruthy();
    expect(await page.getByTestId('support-plan').locator('h3').first().textContent()).toBe(
      `Version ${read?.currentSupportPlan?.version}`,
    );
    expect(await page.getByTestId('direct-payment').count()).toBe(
      read?.directPaymentAgreements.length,
    );
    expect(await page.locator('[data-testid^="refused-"]').count()).toBe(0);
    await checkScreen(page, 'broker-person-all-scopes');
  });

  it('shows the API’s refusal, with the scope it names, for what the delegation does not give', async () => {
    const limited = delegationWith('READ_BUDGET', 'SUBMIT_EVIDENCE');
    await openPerson(limited.personId);
    const refusal = await app.people.getCase(limited.personId).then(
      () => null,
      (error: unknown) => error as { missingScopes?: readonly string[] },
    );
    expect([...(refusal?.missingScopes ?? [])].sort()).toEqual(['READ_DP_LEDGER', 'READ_PLAN']);
    await patient(() => page.getByTestId('refused-READ_PLAN').count()).toBe(1);
    expect(await page.getByTestId('refused-READ_PLAN').textContent()).toContain(
      '“Read the support plan” (READ_PLAN)',
    );
    expect(await page.getByTestId('refused-READ_DP_LEDGER').count()).toBe(1);
    const budgets = await app.people.get(limited.personId);
    expect(await page.getByTestId('budget').count()).toBe(budgets?.personalBudgets.length);
    await checkScreen(page, 'broker-person-refused-scopes');
  });

  it('reads the plan it may see beside the account it may not', async () => {
    const planner = delegationWith('READ_PLAN', 'READ_BUDGET', 'PROPOSE_PLAN');
    await openPerson(planner.personId);
    await patient(() => page.getByTestId('refused-READ_DP_LEDGER').count()).toBe(1);
    expect(await page.getByTestId('refused-READ_PLAN').count()).toBe(0);
    const asStaff = await staff.people.getCase(planner.personId);
    expect(asStaff?.currentSupportPlan).toBeTruthy();
    expect(await page.getByTestId('support-plan').locator('h3').first().textContent()).toBe(
      `Version ${asStaff?.currentSupportPlan?.version}`,
    );
  });

  it('shows a payment the finance officer records while the broker looks at the person, without Refresh (D93)', async () => {
    const full = delegationWith('READ_PLAN', 'READ_BUDGET', 'READ_DP_LEDGER', 'PROPOSE_PLAN');
    const finance = createClient({
      url: apiUrl,
      token: await signInAsPersona({ url: apiUrl, persona: 'finance-officer' }),
    });
    const agreement = (await app.people.getCase(full.personId))?.directPaymentAgreements.find(
      (item) => item.status === 'ACTIVE',
    );
    if (!agreement) throw new Error('the seed delegates people with an active direct payment');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    const dueFor = async () =>
      (await finance.directPaymentsDue.list({ dueBy: yearAhead }, { pageSize: 100 })).items.find(
        (payment) => payment.agreement.id === agreement.id,
      );
    let payment = await dueFor();
    if (!payment) {
      const scheduled = await finance.directPayments.schedule({
        agreementId: agreement.id,
        firstPeriodStart: today,
        idempotencyKey: crypto.randomUUID(),
      });
      expect(scheduled.ok, JSON.stringify(scheduled)).toBe(true);
      payment = await dueFor();
    }
    if (!payment) throw new Error('no scheduled payment to record');

    await openPerson(full.personId);
    await patient(() => page.getByTestId('live').count()).toBe(1);
    const balance = page
      .getByTestId('direct-payment')
      .filter({ hasText: agreement.maskedAccountRef });
    const shownBefore = await balance.getByTestId('dp-balance').textContent();
    // another persona, in another session, records the payment: the app hears direct_payment.paid
    const paid = await finance.directPayments.record({ paymentId: payment.id, paidDate: today });
    expect(paid.ok, JSON.stringify(paid)).toBe(true);
    const after = (await app.people.getCase(full.personId))?.directPaymentAgreements.find(
      (item) => item.id === agreement.id,
    );
    const expected = formatPounds(after?.statement.closingBalancePence ?? 0);
    expect(expected).not.toBe(shownBefore);
    await patient(() => balance.getByTestId('dp-balance').textContent()).toBe(expected);
    await checkScreen(page, 'broker-person-live-payment');
  });

  it('the finance officer accepts one spend the app submitted and rejects another with a reason (D98)', async () => {
    const accountHolder = delegationWith('READ_BUDGET', 'READ_DP_LEDGER', 'MANAGE_DP_ACCOUNT');
    const finance = createClient({
      url: apiUrl,
      token: await signInAsPersona({ url: apiUrl, persona: 'finance-officer' }),
    });
    const agreement = (
      await finance.people.getCase(accountHolder.personId)
    )?.directPaymentAgreements.find((item) => item.status === 'ACTIVE');
    if (!agreement) throw new Error('the seed delegates people with an active direct payment');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    for (const [counterpartyName, evidenceRef] of [
      ['Riverside Day Centre', 'INV-2041'],
      ['Riverside Day Centre (again)', 'INV-2041'],
    ] as const) {
      const submitted = await app.spends.submit({
        agreementId: agreement.id,
        amountPence: -4_500,
        counterpartyName,
        counterpartyType: 'AGENCY',
        evidenceRef,
        postedDate: today,
        spendCategory: 'DAY_ACTIVITY',
      });
      expect(submitted.ok, JSON.stringify(submitted)).toBe(true);
    }
    const awaiting = await finance.spendSubmissionsAwaitingReview.list({ pageSize: 25 });
    expect(awaiting.items.length).toBeGreaterThanOrEqual(2);

    await signIn(page, demoUrl, 'Gareth Lloyd');
    await patient(() => heading(page)).toBe('Direct payments finance');
    const cards = page.getByTestId('spend-submission');
    await patient(() => cards.count()).toBe(awaiting.items.length);
    const first = awaiting.items[0];
    expect(await cards.first().locator('header h3').textContent()).toBe(
      `£${(-(first?.amountPence ?? 0) / 100).toFixed(2)} to ${first?.counterpartyName}`,
    );
    await checkScreen(page, 'workspace-finance-spend-review');

    // accept the first: it leaves the list and reaches the account's ledger
    const accepted = cards.filter({
      has: page.getByRole('heading', { name: '£45.00 to Riverside Day Centre', exact: true }),
    });
    await accepted.getByRole('button', { name: 'Accept and post to the account' }).click();
    await patient(() => page.getByTestId('spend-review-message').textContent()).toBe(
      'Accepted: Riverside Day Centre is on the account.',
    );
    await patient(() => cards.count()).toBe(awaiting.items.length - 1);
    // reject the duplicate with its reason
    const duplicate = cards.filter({
      has: page.getByRole('heading', { name: '£45.00 to Riverside Day Centre (again)' }),
    });
    await duplicate.locator('summary', { hasText: 'Reject it' }).click();
    await duplicate.getByLabel('Why').selectOption('DUPLICATE');
    await duplicate.getByRole('button', { name: 'Reject' }).click();
    await patient(() => page.getByTestId('spend-review-message').textContent()).toBe(
      'Rejected: Riverside Day Centre (again) stays off the account.',
    );
    await patient(() => cards.count()).toBe(awaiting.items.length - 2);
    const left = await finance.spendSubmissionsAwaitingReview.list({ pageSize: 25 });
    expect(left.items.map((item) => item.counterpartyName)).not.toContain('Riverside Day Centre');
    expect(left.items).toHaveLength(awaiting.items.length - 2);
  });

  it('logged no errors in the browser console', () => {
    expect(problems).toEqual([]);
  });
});
