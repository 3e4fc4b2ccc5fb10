import {
  createClient,
  type OpenPbClient,
  type Person,
  type PersonCase,
  signInAsPersona,
} from '@openpb/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchedPage } from './support/browser.ts';

const PAGE_SIZE = 20;
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
/** Independent of the demo's own formatter: pence → "£1,234.56". */
const money = (pence: number) => pounds.format(pence / 100);

const demoUrl = inject('demoUrl');
const apiUrl = inject('apiUrl');

let browser: Browser;
let page: Page;
let sdk: OpenPbClient;
const problems: string[] = [];

async function shoot(name: string) {
  await page.screenshot({ path: `/tmp/demo-${name}.png`, fullPage: true });
}

async function rowNames(): Promise<string[]> {
  return page.locator('table.table tbody tr td:first-child').allInnerTexts();
}

/**
 * A person whose newest budget has deployments, preferring one who pays a contribution and
 * takes the budget in more than one way (the richer page).
 */
async function personWithBudget(): Promise<Person> {
  let fallback: Person | undefined;
  for await (const summary of sdk.people.list(undefined, { pageSize: 100 })) {
    const person = await sdk.people.get(summary.id);
    const budget = person?.personalBudgets[0];
    if (!person || !budget || budget.deployments.length === 0) continue;
    if (budget.annualPersonContributionPence > 0 && budget.deployments.length > 1) return person;
    fallback ??= person;
  }
  if (!fallback) throw new Error('the seed has nobody with a deployed budget');
  return fallback;
}

/** A person with a budget, an approved support plan and a direct payment agreement. */
async function personWithPlanAndDirectPayment(): Promise<PersonCase> {
  for await (const summary of sdk.people.list(undefined, { pageSize: 100 })) {
    const found = await sdk.people.getCase(summary.id);
    if (
      found?.currentSupportPlan &&
      found.currentSupportPlan.lines.length > 0 &&
      found.directPaymentAgreements.length > 0 &&
      found.personalBudgets.length > 0
    ) {
      return found;
    }
  }
  throw new Error('the seed has nobody with an approved plan and a direct payment');
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await watchedPage(browser, problems);
  sdk = createClient({
    url: apiUrl,
    token: await signInAsPersona({ url: apiUrl, persona: 'social-worker' }),
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the stakeholder demo in a real browser', () => {
  it('offers the personas and signs in as one', async () => {
    await page.goto(demoUrl);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Sign in to the demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Choose a persona');
    await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThanOrEqual(5);
    await shoot('sign-in');

    await page.getByLabel('Amara Okafor').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    // each persona lands on their own workspace (issue 15); People is one link away
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Your caseload');
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('People');
    await expect
      .poll(() => page.locator('.site-header').textContent())
      .toContain('Signed in as Amara Okafor');
    await expect
      .poll(() => page.getByTestId('council-name').textContent())
      .toBe('Eastmere Borough Council');
  });

  it('lists the seeded people in the API’s order and pages through them', async () => {
    const expected = (await sdk.people.list(undefined, { pageSize: PAGE_SIZE * 2 })).items.map(
      (person) => `${person.familyName}, ${person.givenName}`,
    );
    await expect.poll(rowNames).toEqual(expected.slice(0, PAGE_SIZE));
    expect(await page.locator('#people-range').textContent()).toBe('Showing people 1 to 20');
    expect(await page.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    await shoot('people');

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(rowNames).toEqual(expected.slice(PAGE_SIZE, PAGE_SIZE * 2));
    expect(await page.locator('#people-range').textContent()).toBe('Showing people 21 to 40');
    expect(await page.locator('.pagination__current').textContent()).toBe('Page 2');

    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(rowNames).toEqual(expected.slice(0, PAGE_SIZE));
  });

  it('reaches the last page, where Next is disabled', async () => {
    const pages = Math.ceil(inject('seededPeople') / PAGE_SIZE);
    for (let number = 1; number < pages; number++) {
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect
        .poll(() => page.locator('.pagination__current').textContent())
        .toBe(`Page ${number + 1}`);
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Loading' }).count())
        .toBe(0);
    }
    expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    const last = inject('seededPeople');
    expect(await page.locator('#people-range').textContent()).toBe(
      `Showing people ${(pages - 1) * PAGE_SIZE + 1} to ${last}`,
    );
  });

  it('searches by name and filters by support reason', async () => {
    const everyone = await sdk.people.list(undefined, { pageSize: 100 }).toArray({ limit: 1_000 });
    const target = everyone[42];
    if (!target) throw new Error('seed too small');
    const prefix = target.familyName.slice(0, 3);
    const matching = everyone.filter((person) =>
      [person.familyName, person.givenName].some((name) =>
        name.toLowerCase().startsWith(prefix.toLowerCase()),
      ),
    );

    await page.getByLabel('Name or LA person ID').fill(prefix);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(rowNames)
      .toEqual(matching.slice(0, PAGE_SIZE).map((p) => `${p.familyName}, ${p.givenName}`));

    await page.getByLabel('Name or LA person ID').fill('');
    await page
      .getByLabel('Primary support reason')
      .selectOption({ label: 'Mental health support' });
    await page.getByRole('button', { name: 'Search' }).click();
    const mentalHealth = everyone.filter(
      (person) => person.primarySupportReason === 'MENTAL_HEALTH',
    );
    await expect
      .poll(rowNames)
      .toEqual(mentalHealth.slice(0, PAGE_SIZE).map((p) => `${p.familyName}, ${p.givenName}`));
    const reasons = await page.locator('table.table tbody tr td:nth-child(4)').allInnerTexts();
    expect(new Set(reasons)).toEqual(new Set(['Mental health support']));
    await shoot('people-filtered');

    // the filters are in the address: opened in a new tab, after signing in, the same list
    // (issue 15 item 4)
    expect(new URL(page.url()).hash).toBe('#/people?reason=MENTAL_HEALTH');
    const shared = await browser.newPage({ locale: 'en-GB' });
    await shared.goto(page.url());
    await shared.getByLabel('Amara Okafor').check();
    await shared.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => shared.locator('table.table tbody tr td:first-child').allInnerTexts())
      .toEqual(mentalHealth.slice(0, PAGE_SIZE).map((p) => `${p.familyName}, ${p.givenName}`));
    expect(await shared.getByLabel('Primary support reason').inputValue()).toBe('MENTAL_HEALTH');
    await shared.close();

    await page.getByLabel('Name or LA person ID').fill('no such person zzz');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No people found' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await rowNames()).length).toBe(PAGE_SIZE);
  });

  it('opens a person and shows their personal budget in pounds', async () => {
    const person = await personWithBudget();
    const [budget] = person.personalBudgets;
    if (!budget) throw new Error('unreachable');

    await page.getByLabel('Name or LA person ID').fill(person.laPersonId);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(rowNames).toEqual([`${person.familyName}, ${person.givenName}`]);
    await page.getByRole('link', { name: `${person.familyName}, ${person.givenName}` }).click();

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`${person.givenName} ${person.familyName}`);
    await expect.poll(() => page.getByTestId('budget').count()).toBe(person.personalBudgets.length);
    const card = page.getByTestId('budget').first();
    expect(await card.getByTestId('weekly-total').textContent()).toBe(
      money(budget.weeklyTotalPence),
    );
    expect(await card.getByTestId('annual-total').textContent()).toBe(
      money(budget.annualTotalPence),
    );
    expect(await card.getByTestId('council-contribution').textContent()).toContain(
      money(budget.annualLaContributionPence),
    );
    expect(await card.getByTestId('person-contribution').textContent()).toContain(
      money(budget.annualPersonContributionPence),
    );
    const deploymentRows = await card.locator('tbody tr').allInnerTexts();
    expect(deploymentRows).toHaveLength(budget.deployments.length);
    for (const [index, deployment] of budget.deployments.entries()) {
      expect(deploymentRows[index]).toContain(money(deployment.annualAmountPence));
    }
    const mechanisms = await card.locator('tbody tr td:nth-child(2)').allInnerTexts();
    const cld = ['Direct payment', 'CASSR managed personal budget', 'CASSR commissioned support'];
    expect(mechanisms.every((mechanism) => cld.includes(mechanism))).toBe(true);
    expect(await page.locator('aside .summary-list').textContent()).toContain(person.laPersonId);
    await shoot('person');
  });

  it('shows the current support plan and the direct payment account of a person', async () => {
    const person = await personWithPlanAndDirectPayment();
    const plan = person.currentSupportPlan;
    if (!plan) throw new Error('unreachable');
    await page.goto(`${demoUrl}#/people/${encodeURIComponent(person.id)}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`${person.givenName} ${person.familyName}`);

    const section = page.getByTestId('support-plan');
    await expect.poll(() => section.count()).toBe(1);
    expect(await section.getByRole('heading', { name: 'Support plan' }).count()).toBe(1);
    expect(await section.getByTestId('plan-weekly-cost').textContent()).toBe(
      money(plan.costs.weeklyCostPence),
    );
    expect(await section.getByTestId('plan-annual-cost').textContent()).toBe(
      money(plan.costs.annualCostPence),
    );
    if (plan.costs.annualBudgetPence !== null) {
      expect(await section.getByTestId('plan-annual-budget').textContent()).toBe(
        money(plan.costs.annualBudgetPence),
      );
    }
    if (plan.costs.annualDifferencePence !== null && plan.costs.annualDifferencePence !== 0) {
      expect(await section.getByTestId('plan-difference').textContent()).toContain(
        money(Math.abs(plan.costs.annualDifferencePence)),
      );
    }
    const outcomes = await section.locator('[data-testid="plan-outcomes"] li').allInnerTexts();
    expect(outcomes).toHaveLength(plan.outcomes.length);
    for (const [index, outcome] of plan.outcomes.entries()) {
      expect(outcomes[index]).toContain(outcome.description);
    }
    const lines = await section.locator('[data-testid="plan-lines"] tbody tr').allInnerTexts();
    expect(lines).toHaveLength(plan.lines.length);
    for (const [index, line] of plan.lines.entries()) {
      expect(lines[index]).toContain(line.description);
      expect(lines[index]).toContain(money(line.weeklyCostPence));
    }

    const accounts = page.getByTestId('direct-payment');
    expect(await accounts.count()).toBe(person.directPaymentAgreements.length);
    for (const [index, agreement] of person.directPaymentAgreements.entries()) {
      const card = accounts.nth(index);
      expect(await card.getByTestId('dp-balance').textContent()).toBe(
        money(agreement.statement.closingBalancePence),
      );
      expect(await card.getByTestId('dp-contingency').textContent()).toBe(
        money(agreement.statement.contingencyAllowancePence),
      );
      expect(await card.getByTestId('dp-recoverable').textContent()).toBe(
        money(agreement.statement.recoverablePence),
      );
    }
    await shoot('person-plan');
    await page.getByTestId('support-plan').screenshot({ path: '/tmp/demo-support-plan.png' });
    await accounts.first().screenshot({ path: '/tmp/demo-direct-payment.png' });
  });

  it('keeps the session across a reload, returns to the list, and signs out', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('budget').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Back to people' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('People');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Sign in to the demo');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('shows a friendly page for a person link that leads nowhere', async () => {
    await page.getByLabel('Helen Marsh').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Audit');
    const unknown = Buffer.from('Person:00000000-0000-7000-8000-000000000000').toString('base64');
    await page.goto(`${demoUrl}#/people/${encodeURIComponent(unknown)}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Person not found');
  });

  it('logged no errors in the browser console', () => {
    expect(problems).toEqual([]);
  });
});
