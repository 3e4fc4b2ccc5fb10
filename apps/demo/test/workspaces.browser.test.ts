import { createClient, type OpenPbClient, signInAsPersona } from '@openpb/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, heading, launchChromium, signIn, watchedPage } from './support/browser.ts';

const demoUrl = inject('demoUrl');
const apiUrl = inject('apiUrl');
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const money = (pence: number) => pounds.format(pence / 100);

let browser: Browser;
let page: Page;
const problems: string[] = [];

async function sdkAs(persona: string): Promise<OpenPbClient> {
  return createClient({ url: apiUrl, token: await signInAsPersona({ url: apiUrl, persona }) });
}

function tableRows(caption: string) {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr');
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await watchedPage(browser, problems);
});

afterAll(async () => {
  await browser?.close();
});

describe('a workspace for each role (issue 15 item 2)', () => {
  it('social worker: lands on their caseload with the reviews due, as the API lists them', async () => {
    await signIn(page, demoUrl, 'Amara Okafor');
    await expect.poll(() => heading(page)).toBe('Your caseload');
    const sdk = await sdkAs('social-worker');
    const today = new Date().toISOString().slice(0, 10);
    const dueBefore = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const due = await sdk.reviewsDue.list({ filter: { dueBefore } }, { pageSize: 25 });
    const rows = tableRows('Reviews due in the next 60 days');
    await expect.poll(() => rows.count()).toBe(due.items.length);
    const first = due.items[0];
    if (first) {
      expect(await rows.first().locator('th').textContent()).toBe(
        `${first.person?.givenName} ${first.person?.familyName}`,
      );
      expect(await rows.first().textContent()).toContain(first.dueDate < today ? 'Overdue' : 'Due');
    }
    const mine = await sdk.myCaseload.list({ pageSize: 25 });
    expect(mine.items.length).toBeGreaterThan(0);
    const held = tableRows('The cases allocated to you today');
    await expect.poll(() => held.count()).toBe(mine.items.length);
    expect(await held.first().locator('th').textContent()).toBe(
      `${mine.items[0]?.person?.givenName} ${mine.items[0]?.person?.familyName}`,
    );
    await checkScreen(page, 'workspace-social-worker');
  });

  it('team manager: allocation by qualification and complex cases without a qualified worker', async () => {
    await signIn(page, demoUrl, 'Priya Shah');
    await expect.poll(() => heading(page)).toBe('Your team');
    const sdk = await sdkAs('team-manager');
    const caseload = await sdk.reports.caseloadByQualification({});
    const rows = tableRows('Caseload by qualification');
    await expect.poll(() => rows.count()).toBe(caseload.length);
    for (const [index, row] of caseload.entries()) {
      expect(await rows.nth(index).locator('td').nth(2).textContent()).toBe(String(row.openCases));
    }
    const unqualified = await sdk.reports.complexCasesWithoutQualifiedWorker({}, { pageSize: 25 });
    if (unqualified.items.length > 0) {
      await expect
        .poll(() => tableRows('Complex or safeguarding cases without').count())
        .toBe(unqualified.items.length);
    }
    const awaiting = await sdk.supportPlansAwaitingApproval.list({ pageSize: 25 });
    if (awaiting.items.length > 0) {
      await expect
        .poll(() => tableRows('Submitted support plans you did not prepare').count())
        .toBe(awaiting.items.length);
    } else {
      await expect
        .poll(() => page.getByText('No support plan is waiting for your approval.').count())
        .toBe(1);
    }
    await checkScreen(page, 'workspace-team-manager');
  });

  it('finance officer: payments due, surpluses and recoveries, as the API lists them', async () => {
    await signIn(page, demoUrl, 'Gareth Lloyd');
    await expect.poll(() => heading(page)).toBe('Direct payments finance');
    const sdk = await sdkAs('finance-officer');
    const surpluses = await sdk.reports.directPaymentSurpluses({}, { pageSize: 25 }).then(
      (result) => result.items,
      () => null,
    );
    if (surpluses === null) {
      await expect
        .poll(() =>
          page.getByText('The API does not let your role see direct-payment surpluses.').count(),
        )
        .toBe(1);
    } else {
      const rows = tableRows('Surpluses above the contingency allowance');
      await expect.poll(() => rows.count()).toBe(surpluses.length);
      if (surpluses[0]) {
        expect(await rows.first().locator('td').nth(2).textContent()).toBe(
          money(surpluses[0].recoverablePence),
        );
      }
    }
    expect(surpluses, 'finance officers read the money reports').not.toBeNull();
    const due = await sdk.directPaymentsDue.list({}, { pageSize: 25 });
    if (due.items.length > 0) {
      await expect
        .poll(() => tableRows('Scheduled direct payments due').count())
        .toBe(due.items.length);
      expect(
        await tableRows('Scheduled direct payments due').first().locator('td').nth(1).textContent(),
      ).toBe(money(due.items[0]?.netAmountPence ?? 0));
    }
    await checkScreen(page, 'workspace-finance-officer');
  });

  it('auditor: the audit log, newest first, with no way to change it', async () => {
    await signIn(page, demoUrl, 'Helen Marsh');
    await expect.poll(() => heading(page)).toBe('Audit');
    const sdk = await sdkAs('auditor');
    const log = await sdk.reports.auditLog({}, { pageSize: 25 });
    const rows = tableRows('Newest entries first');
    await expect.poll(() => rows.count()).toBe(log.items.length);
    expect(await page.locator('main form, main input, main textarea').count()).toBe(0);
    await checkScreen(page, 'workspace-auditor');
  });

  it('the council in figures: charts with tables under the four CQC themes, figures from the API', async () => {
    await signIn(page, demoUrl, 'Priya Shah');
    await page.getByRole('link', { name: 'The council in figures' }).click();
    await expect.poll(() => heading(page)).toBe('The council in figures');
    for (const theme of [
      'Working with people',
      'Providing support',
      'Ensuring safety within the system',
      'Leadership',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name: theme }).count()).toBe(1);
    }
    const sdk = await sdkAs('team-manager');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const summary = await sdk.reports.councilSummary({ asOf: today });
    const moneyTable = page.getByTestId('figure-money').locator('tbody tr');
    await expect.poll(() => moneyTable.count()).toBe(3);
    expect(await moneyTable.nth(0).locator('td').textContent()).toBe(money(summary.committedPence));
    expect(await moneyTable.nth(1).locator('td').textContent()).toBe(money(summary.paidPence));
    expect(await moneyTable.nth(2).locator('td').textContent()).toBe(money(summary.spentPence));
    const overdue = await sdk.reports
      .reviewsOverdue(undefined, { pageSize: 100 })
      .toArray({ limit: 2000 });
    await expect
      .poll(() => page.getByTestId('figure-overdue-reviews').locator('h3').textContent())
      .toContain(`(${overdue.length} in all)`);
    // outcomes met at review (issue 15 item 3): the table's "All reviews" row is the API's total
    const yearStart =
      today.slice(5) >= '04-01'
        ? `${today.slice(0, 4)}-04-01`
        : `${Number(today.slice(0, 4)) - 1}-04-01`;
    const outcomes = await sdk.reports.outcomesAtReview({ from: yearStart, to: today });
    const outcomeRows = page.getByTestId('figure-outcomes-at-review').locator('tbody tr');
    await expect.poll(() => outcomeRows.count()).toBe(outcomes.byReason.length + 1);
    expect(await outcomeRows.last().locator('td').allInnerTexts()).toEqual(
      [
        outcomes.total.fullyMet,
        outcomes.total.partiallyMet,
        outcomes.total.notMet,
        outcomes.total.notRecorded,
      ].map(String),
    );
    expect(outcomes.total.reviews).toBeGreaterThan(0);
    // every figure is an SVG chart (recharts) with a table beside it
    for (const id of [
      'waiting-times',
      'outcomes-at-review',
      'ascof-3d',
      'money',
      'spend-by-category',
      'deployment',
      'overdue-reviews',
      'unqualified-cases',
      'caseload',
    ]) {
      const figure = page.getByTestId(`figure-${id}`);
      await expect
        .poll(() => figure.locator('.recharts-wrapper > svg.recharts-surface').count(), {
          message: id,
        })
        .toBe(1);
      expect(await figure.locator('table').count()).toBe(1);
    }
    await checkScreen(page, 'figures');
  });

  it('says clearly that a bad link leads nowhere', async () => {
    await page.goto(`${demoUrl}#/no-such-screen`);
    await expect.poll(() => heading(page)).toBe('Page not found');
    await checkScreen(page, 'not-found');
  });

  it('logged no errors in the browser console', () => {
    expect(problems).toEqual([]);
  });
});
