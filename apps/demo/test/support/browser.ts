import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where each test stores its full-page screenshot (gitignored). */
export const TEST_OUTPUT = fileURLToPath(new URL('../../test-results/', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  // Never skipped (also not under CI=true): a missing browser is a failure with a remedy.
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  await mkdir(TEST_OUTPUT, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A desktop-sized page in British English whose uncaught page errors and console errors are
 * pushed to `problems`, for the test's last check that none were raised.
 */
export async function watchedPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${TEST_OUTPUT}${name}.png`, fullPage: true });
}

let axeSource: string | undefined;

/** Runs axe-core on the page; returns its serious and critical violations (rule: nodes). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
  });
  return violations;
}

/** The checks every screen must pass: axe-core, and no sideways scroll at 375 px wide. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await seriousAccessibilityViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
        message: `${name} scrolls sideways at 375 px`,
      })
      .toBeLessThanOrEqual(375);
    await screenshot(page, `${name}-375px`);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

export async function heading(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

export async function signIn(page: Page, demoUrl: string, personaName: string): Promise<void> {
  await page.goto(demoUrl);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`${demoUrl}#/`);
  await page.reload();
  await expect.poll(() => heading(page)).toBe('Sign in to the demo');
  await page.getByLabel(personaName).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => heading(page)).not.toBe('Sign in to the demo');
}
