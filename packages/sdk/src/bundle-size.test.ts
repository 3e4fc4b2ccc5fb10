import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import manifest from './generated/types/persisted-documents.json' with { type: 'json' };

const sourceDir = new URL('.', import.meta.url).pathname;

/** A program's bundle as an application's bundler would make it: ESM, minified, tree-shaken. */
async function bundle(program: string): Promise<{ text: string; gzipBytes: number }> {
  const result = await build({
    stdin: { contents: program, resolveDir: sourceDir, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles?.[0]?.text ?? '';
  return { text, gzipBytes: gzipSync(text, { level: 9 }).byteLength };
}

/** Budgets in min+gzip bytes, recorded in the SDK's README. */
const ONE_RESOURCE_BUDGET = 6 * 1024;
const WHOLE_SDK_BUDGET = 20 * 1024;

describe('bundle size', () => {
  it('createClientWith and one resource stay within 6 kB min+gzip', async () => {
    const { gzipBytes, text } = await bundle(`
      import { createClientWith } from './index.ts';
      import { supportPlansResource } from './generated/resources/supportPlans.ts';
      export const client = createClientWith({ url: 'https://api.example', token: 't' }, { supportPlans: supportPlansResource });
    `);
    console.log(`createClientWith + supportPlans: ${gzipBytes} B min+gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(ONE_RESOURCE_BUDGET);
    // tree-shaken: another namespace's documents are left out
    expect(text).toContain('mutation ApproveSupportPlan(');
    expect(text).not.toContain('mutation RecordDirectPayment(');
    // and the CSV exports, which it does not use
    expect(text).not.toContain('/exports/');
  });

  it('createClientWith and the CSV exports stay within 6 kB min+gzip', async () => {
    const { gzipBytes, text } = await bundle(`
      import { createClientWith, csvExportsResource } from './index.ts';
      export const client = createClientWith({ url: 'https://api.example', token: 't' }, { exports: csvExportsResource });
    `);
    console.log(`createClientWith + exports: ${gzipBytes} B min+gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(ONE_RESOURCE_BUDGET);
    expect(text).toContain('/exports/');
    expect(text).not.toContain('mutation ApproveSupportPlan(');
  });

  it('the whole SDK stays within 20 kB min+gzip, each document in it once', async () => {
    const { gzipBytes, text } = await bundle(`export * from './index.ts';`);
    console.log(`whole SDK: ${gzipBytes} B min+gzip`);
    expect(gzipBytes).toBeLessThanOrEqual(WHOLE_SDK_BUDGET);
    const operations = Object.values(manifest as Record<string, string>).map(
      (document) => /\b(?:query|mutation|subscription) \w+/.exec(document)?.[0] ?? document,
    );
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      const occurrences = text.split(new RegExp(`${operation}[ ({]`)).length - 1;
      expect(occurrences, operation).toBe(1);
    }
  });
});
