import { createClient, type OpenPbClient, type PersonJourney, signInAsPersona } from '@openpb/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { todayInLondon } from '../src/format/dates.ts';
import { checkScreen, heading, launchChromium, screenshot, signIn } from './support/browser.ts';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const money = (pence: number) => pounds.format(pence / 100);
const demoUrl = inject('demoUrl');
const apiUrl = inject('apiUrl');

let browser: Browser;
let worker: Page;
let manager: Page;
let sdk: OpenPbClient;
let person: Journey;
const problems: string[] = [];

/** The journey as the API gives it to the social worker, who may see every list. */
type Journey = PersonJourney & {
  readonly supportPlans: NonNullable<PersonJourney['supportPlans']>;
  readonly directPaymentAgreements: NonNullable<PersonJourney['directPaymentAgreements']>;
};

async function journeyOf(id: string): Promise<Journey> {
  const journey = await sdk.people.getJourney(id);
  if (!journey) throw new Error(`no person ${id}`);
  const { supportPlans, directPaymentAgreements } = journey;
  if (!supportPlans || !directPaymentAgreements) throw new Error('a list was refused');
  return { ...journey, supportPlans, directPaymentAgreements };
}

/** Someone with no plan open for submission or approval, so the journey can draft one. */
async function personWithoutOpenPlan(): Promise<Journey> {
  for await (const summary of sdk.people.list(undefined, { pageSize: 50 })) {
    const found = await journeyOf(summary.id);
    const open = found.supportPlans.edges.some((edge) =>
      ['DRAFT', 'SUBMITTED'].includes(edge.node.status),
    );
    if (!open && found.timeline.edges.length > 0) return found;
  }
  throw new Error('the seed has nobody without an open plan');
}

/**
 * Opens a step's details once the journey has (re)loaded: a form's success reloads the screen,
 * which closes every step again.
 */
async function openStep(page: Page, step: string): Promise<void> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: step }) });
  await expect
    .poll(
      async () => {
        if ((await details.count()) !== 1) return false;
        if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
          await details.locator('summary').click();
        return details.evaluate((element) => (element as HTMLDetailsElement).open);
      },
      { timeout: 10_000, message: step },
    )
    .toBe(true);
}

async function act(page: Page, step: string, form: string): Promise<void> {
  await openStep(page, step);
  await page.getByTestId(`form-${form}`).getByRole('button').click();
}

async function expectDone(page: Page, step: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const alert = page.locator('.govuk-error-summary');
        if ((await alert.count()) > 0) return `error: ${await alert.first().textContent()}`;
        // done once the journey has reloaded too: the step's forms are the new ones
        if ((await page.locator('.loading').count()) > 0) return 'reloading';
        return page
          .getByTestId('journey-message')
          .textContent()
          .catch(() => null);
      },
      // the journey's reload under CI's load (the API suite on the same two cores) can take
      // more than the default second
      { message: step, timeout: 10_000 },
    )
    .toBe(`${step}: done.`);
}

function watch(page: Page) {
  // a step that cannot be found fails here, naming it, well within the test's own timeout
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

beforeAll(async () => {
  browser = await launchChromium();
  worker = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  ).newPage();
  manager = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
  ).newPage();
  watch(worker);
  watch(manager);
  sdk = createClient({
    url: apiUrl,
    token: await signInAsPersona({ url: apiUrl, persona: 'social-worker' }),
  });
  person = await personWithoutOpenPlan();
});

afterAll(async () => {
  await browser?.close();
});

describe('a person’s journey with its actions (issue 15 item 1)', () => {
  it('shows the person’s timeline as the API gives it', async () => {
    await signIn(worker, demoUrl, 'Amara Okafor');
    await worker.goto(`${demoUrl}#/people/${encodeURIComponent(person.id)}/journey`);
    await expect.poll(() => heading(worker)).toBe(`${person.givenName} ${person.familyName}`);
    const items = worker.getByTestId('timeline').locator('li');
    await expect.poll(() => items.count()).toBe(person.timeline.edges.length);
    expect(await items.first().textContent()).toContain(person.timeline.edges[0]?.node.summary);
    await checkScreen(worker, 'journey-timeline');
  });

  it('records a request, completes an assessment and calculates the indicative budget', async () => {
    await act(worker, 'Record a request', 'request');
    await expectDone(worker, 'Record a request');
    await act(worker, 'Complete an assessment', 'assessment');
    await expectDone(worker, 'Complete an assessment');
    await act(worker, 'Calculate the indicative budget', 'indicative');
    await expectDone(worker, 'Calculate the indicative budget');
    const after = await journeyOf(person.id);
    const kinds = after.timeline.edges.map((edge) => edge.node.kind);
    expect(kinds).toContain('REQUEST');
    expect(kinds).toContain('ASSESSMENT');
    expect(kinds).toContain('INDICATIVE_BUDGET');
    await expect
      .poll(() => worker.getByTestId('timeline').locator('li').count())
      .toBe(after.timeline.edges.length);
    await screenshot(worker, 'journey-assessed');
  });

  it('drafts and submits a plan with a live total; the same worker cannot approve it, another persona can', async () => {
    await openStep(worker, 'Draft a support plan');
    await worker.getByLabel('Weekly cost in pounds').fill('250.00');
    await expect
      .poll(() => worker.getByTestId('plan-total').textContent())
      .toBe('Weekly £250.00, annual £13,000.00');
    await worker.getByTestId('form-plan').getByRole('button').click();
    await expectDone(worker, 'Draft a support plan');

    // edit the draft: a second costed line, the live total against the indicative budget
    const drafted = await journeyOf(person.id);
    const indicative = drafted.assessments.edges
      .flatMap((edge) => edge.node.indicativeBudgets.edges.map((budget) => budget.node))
      .sort((a, b) => b.calculatedAt.localeCompare(a.calculatedAt))[0];
    if (!indicative) throw new Error('the journey calculated no indicative budget');
    await openStep(worker, 'Edit the draft plan');
    const revise = worker.getByTestId('form-revise');
    await revise.getByLabel('Second costed line').fill('Shopping trip');
    await revise.getByLabel('Second line: weekly cost in pounds').fill('20.00');
    const annual = 27_000 * 52;
    const left = indicative.annualAmountPence - annual;
    await expect
      .poll(() => worker.getByTestId('revise-total').textContent())
      .toBe(
        `Weekly £270.00, annual £14,040.00, against an indicative budget of ${money(indicative.annualAmountPence)} a year: ${
          left >= 0 ? `${money(left)} unallocated` : `${money(-left)} over`
        }`,
      );
    await revise.getByRole('button').click();
    await expectDone(worker, 'Edit the draft plan');
    const revised = (await journeyOf(person.id)).supportPlans.edges.find(
      (edge) => edge.node.status === 'DRAFT',
    )?.node;
    expect(revised?.lines.map((line) => line.description)).toEqual([
      'Morning personal care',
      'Shopping trip',
    ]);
    expect(revised?.costs).toEqual({ weeklyCostPence: 27_000, annualCostPence: annual });
    // the team manager, in another browser, has their workspace open while the worker submits
    await signIn(manager, demoUrl, 'Priya Shah');
    await expect.poll(() => heading(manager)).toBe('Your team');
    await expect.poll(() => manager.getByTestId('live').count()).toBe(1);
    const awaitingRows = manager
      .locator('table', {
        has: manager.locator('caption', { hasText: 'Submitted support plans you did not prepare' }),
      })
      .locator('tbody tr');
    const managerSdk = createClient({
      url: apiUrl,
      token: await signInAsPersona({ url: apiUrl, persona: 'team-manager' }),
    });
    const awaitingBefore = (await managerSdk.supportPlansAwaitingApproval.list({ pageSize: 25 }))
      .items.length;
    expect(awaitingBefore, 'the new plan must fit the first page to be seen').toBeLessThan(25);
    await expect.poll(() => awaitingRows.count()).toBe(awaitingBefore);

    await act(worker, 'Submit a support plan', 'submit');
    await expectDone(worker, 'Submit a support plan');

    // the manager's workspace lists it live (the SDK's subscribeToDomainEvents): no Refresh
    // clicked (issue 15 item 4, D96)
    const awaitingAfter = await managerSdk.supportPlansAwaitingApproval.list({ pageSize: 25 });
    expect(awaitingAfter.items).toHaveLength(awaitingBefore + 1);
    await expect.poll(() => awaitingRows.count(), { timeout: 5_000 }).toBe(awaitingBefore + 1);
    await screenshot(manager, 'workspace-manager-live');

    // four eyes: the worker who prepared it is refused, with the API's typed error in the summary
    await act(worker, 'Approve a support plan', 'approve');
    const summary = worker.getByTestId('form-approve').locator('.govuk-error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('There is a problem');
    await checkScreen(worker, 'journey-approval-refused');
    const submitted = (await journeyOf(person.id)).supportPlans.edges.find(
      (edge) => edge.node.status === 'SUBMITTED',
    );
    expect(submitted).toBeDefined();

    // the team manager approves it
    await manager.goto(`${demoUrl}#/people/${encodeURIComponent(person.id)}/journey`);
    await expect.poll(() => heading(manager)).toBe(`${person.givenName} ${person.familyName}`);
    await act(manager, 'Approve a support plan', 'approve');
    await expectDone(manager, 'Approve a support plan');
    await screenshot(manager, 'journey-approved-by-manager');
    const approved = (await journeyOf(person.id)).supportPlans.edges.find(
      (edge) => edge.node.id === submitted?.node.id,
    );
    expect(approved?.node.status).toBe('APPROVED');

    // the worker's screen catches up live, through the API's domainEvents subscription (SSE,
    // the SDK's subscribeToDomainEvents): no Refresh clicked (issue 15 item 5)
    expect(await worker.getByTestId('live').textContent()).toBe('Live');
    await openStep(worker, 'Approve a support plan');
    await expect
      .poll(() => worker.getByText('No plan is awaiting approval.').count(), { timeout: 5_000 })
      .toBe(1); // live: within the API's 500 ms poll and the reload
  });

  it('agrees the personal budget, refused without the reasons it differs from the indicative amount', async () => {
    const before = await journeyOf(person.id);
    const plan = before.supportPlans.edges.find((edge) => edge.node.status === 'APPROVED')?.node;
    const indicative = before.assessments.edges
      .flatMap((edge) => edge.node.indicativeBudgets.edges.map((budget) => budget.node))
      .sort((a, b) => b.calculatedAt.localeCompare(a.calculatedAt))[0];
    if (!plan || !indicative) throw new Error('no approved plan or indicative budget');
    await openStep(worker, 'Agree the personal budget');
    const form = worker.getByTestId('form-agree');
    // the plan's cost as the budget — not the indicative amount — and no reasons: the API's
    // rule, next to the field
    expect(plan.costs.annualCostPence).not.toBe(indicative.annualAmountPence);
    const total = (plan.costs.annualCostPence / 100).toFixed(2);
    expect(await form.getByLabel('Annual personal budget in pounds').inputValue()).toBe(total);
    await form.getByRole('button').click();
    const fieldError = form
      .locator('.govuk-form-group--error', { has: worker.getByLabel('Why it differs') })
      .locator('.govuk-error-message');
    await expect.poll(() => fieldError.count()).toBe(1);
    expect(await form.locator('.govuk-error-summary').textContent()).toContain(
      await fieldError.textContent().then((text) => text?.replace('Error:', '').trim() ?? ''),
    );
    await checkScreen(worker, 'journey-budget-refused');
    expect((await journeyOf(person.id)).personalBudgets?.edges.length).toBe(
      before.personalBudgets?.edges.length,
    );

    await form.getByLabel('Why it differs').fill('Extra hours agreed at the planning meeting');
    await form.getByRole('button').click();
    await expectDone(worker, 'Agree the personal budget');
    const agreed = (await journeyOf(person.id)).personalBudgets?.edges.find(
      (edge) => edge.node.plan?.id === plan.id,
    )?.node;
    expect(agreed).toMatchObject({
      status: 'SIGNED_OFF',
      annualTotalPence: Math.round(Number(total) * 100),
      indicativeDifferenceReasons: 'Extra hours agreed at the planning meeting',
    });
  });

  it('sets up the direct-payment agreement and schedules its payments', async () => {
    await act(worker, 'Set up a direct payment', 'setup');
    // the account reference is needed: the form says so next to the field
    await expect
      .poll(() => worker.getByTestId('form-setup').locator('.govuk-error-message').textContent())
      .toContain('Enter account or card reference');
    await worker
      .getByTestId('form-setup')
      .getByLabel('Account or card reference')
      .fill('20-00-00 12345678');
    await worker.getByTestId('form-setup').getByRole('button').click();
    await expectDone(worker, 'Set up a direct payment');
    const agreement = (await journeyOf(person.id)).directPaymentAgreements.edges
      .map((edge) => edge.node)
      .find((node) => node.status === 'ACTIVE' && node.payments.edges.length === 0);
    expect(agreement).toBeDefined();

    // scheduling payments is the finance officer's, in their own browser; the worker's role is
    // refused with the API's typed error
    const schedule = async (page: Page) => {
      await openStep(page, 'Schedule direct payments');
      await page
        .getByTestId('form-schedule')
        .getByLabel('Agreement')
        .selectOption(agreement?.id ?? '');
      await page.getByTestId('form-schedule').getByRole('button').click();
    };
    await schedule(worker);
    await expect
      .poll(() => worker.getByTestId('form-schedule').locator('.govuk-error-summary').count())
      .toBe(1);
    const finance = manager;
    await signIn(finance, demoUrl, 'Gareth Lloyd');
    await finance.goto(`${demoUrl}#/people/${encodeURIComponent(person.id)}/journey`);
    await expect.poll(() => heading(finance)).toBe(`${person.givenName} ${person.familyName}`);
    await schedule(finance);
    await expectDone(finance, 'Schedule direct payments');
    const scheduled = (await journeyOf(person.id)).directPaymentAgreements.edges.find(
      (edge) => edge.node.id === agreement?.id,
    )?.node;
    expect(scheduled?.payments.edges.length).toBeGreaterThan(0);
    // the worker's screen catches up: the payments are there to record
    await worker.getByRole('button', { name: 'Refresh' }).click();
    await openStep(worker, 'Record a direct payment');
    await expect
      .poll(() => worker.getByTestId('form-payment').getByLabel('Scheduled payment').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await checkScreen(worker, 'journey-direct-payment');
  });

  it('records a review with the outcomes met', async () => {
    await act(worker, 'Record a review', 'review');
    await expectDone(worker, 'Record a review');
    const kinds = (await journeyOf(person.id)).timeline.edges.map((edge) => edge.node.kind);
    expect(kinds).toContain('REVIEW');
    await checkScreen(worker, 'journey-reviewed');
  });

  it('shows another client’s change made just after this screen’s own step, live', async () => {
    const timeline = worker.getByTestId('timeline').locator('li');
    await act(worker, 'Record a request', 'request');
    await expectDone(worker, 'Record a request');
    // the screen's own reload after its step, done
    const before = (await journeyOf(person.id)).timeline.edges.length;
    await expect.poll(() => timeline.count()).toBe(before);
    // at once, from another client: a change this screen did not make, which it must not take
    // for the echo of its own step
    const recorded = await sdk.requests.record({
      personId: person.id,
      receivedDate: todayInLondon(),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'PROFESSIONAL',
    });
    expect(recorded.ok).toBe(true);
    expect((await journeyOf(person.id)).timeline.edges).toHaveLength(before + 1);
    await expect.poll(() => timeline.count(), { timeout: 10_000 }).toBe(before + 1);
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});
