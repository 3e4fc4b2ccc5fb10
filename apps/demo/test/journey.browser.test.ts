import { createClient, type OpenPbClient, signInAsPersona } from '@openpb/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type JourneyPerson, PERSON_JOURNEY } from '../src/journey/journey-document.ts';
import { checkScreen, heading, launchChromium, screenshot, signIn } from './support/browser.ts';

const demoUrl = inject('demoUrl');
const apiUrl = inject('apiUrl');

let browser: Browser;
let worker: Page;
let manager: Page;
let sdk: OpenPbClient;
let person: JourneyPerson;
const problems: string[] = [];

async function journeyOf(id: string): Promise<JourneyPerson> {
  const { data } = await sdk.request(PERSON_JOURNEY, { id });
  if (data.node?.__typename !== 'Person') throw new Error(`no person ${id}`);
  return data.node as JourneyPerson;
}

/** Someone with no plan open for submission or approval, so the journey can draft one. */
async function personWithoutOpenPlan(): Promise<JourneyPerson> {
  for await (const summary of sdk.people.list(undefined, { pageSize: 50 })) {
    const found = await journeyOf(summary.id);
    const open = found.supportPlans.edges.some((edge) =>
      ['DRAFT', 'SUBMITTED'].includes(edge.node.status),
    );
    if (!open && found.timeline.edges.length > 0) return found;
  }
  throw new Error('the seed has nobody without an open plan');
}

async function act(page: Page, step: string, form: string): Promise<void> {
  await page.locator('summary', { hasText: step }).click();
  await page.getByTestId(`form-${form}`).getByRole('button').click();
}

async function expectDone(page: Page, step: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const alert = page.locator('.govuk-error-summary');
        if ((await alert.count()) > 0) return `error: ${await alert.first().textContent()}`;
        return page
          .getByTestId('journey-message')
          .textContent()
          .catch(() => null);
      },
      { message: step },
    )
    .toBe(`${step}: done.`);
}

function watch(page: Page) {
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
    await worker.locator('summary', { hasText: 'Draft a support plan' }).click();
    await worker.getByLabel('Weekly cost in pounds').fill('250.00');
    await expect
      .poll(() => worker.getByTestId('plan-total').textContent())
      .toBe('Weekly £250.00, annual £13,000.00');
    await worker.getByTestId('form-plan').getByRole('button').click();
    await expectDone(worker, 'Draft a support plan');
    await act(worker, 'Submit a support plan', 'submit');
    await expectDone(worker, 'Submit a support plan');

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

    // the team manager, in another browser, approves it
    await signIn(manager, demoUrl, 'Priya Shah');
    await manager.goto(`${demoUrl}#/people/${encodeURIComponent(person.id)}/journey`);
    await expect.poll(() => heading(manager)).toBe(`${person.givenName} ${person.familyName}`);
    await act(manager, 'Approve a support plan', 'approve');
    await expectDone(manager, 'Approve a support plan');
    await screenshot(manager, 'journey-approved-by-manager');
    const approved = (await journeyOf(person.id)).supportPlans.edges.find(
      (edge) => edge.node.id === submitted?.node.id,
    );
    expect(approved?.node.status).toBe('APPROVED');

    // the worker's screen catches up with the refresh control
    await worker.getByRole('button', { name: 'Refresh' }).click();
    await worker.locator('summary', { hasText: 'Approve a support plan' }).click();
    await expect.poll(() => worker.getByText('No plan is awaiting approval.').count()).toBe(1);
  });

  it('records a review with the outcomes met', async () => {
    await act(worker, 'Record a review', 'review');
    await expectDone(worker, 'Record a review');
    const kinds = (await journeyOf(person.id)).timeline.edges.map((edge) => edge.node.kind);
    expect(kinds).toContain('REVIEW');
    await checkScreen(worker, 'journey-reviewed');
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});
