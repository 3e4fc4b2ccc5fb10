import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Errors with names (issue 17 item 5): every exported Error subclass in the project's sources
 * sets `name` to its class name, so that a log line or a stack says which failure it was
 * (`Error: …` says nothing). Found by scanning the sources, so a new class is checked too.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const FOLDERS = ['packages/domain/src', 'packages/db/src', 'packages/graphql/src', 'apps/api/src'];
const SKIP = new Set(['generated', 'node_modules']);
const CLASS = /^export (?:abstract )?class (\w+) extends \w+/gm;

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder)) {
    if (SKIP.has(entry)) continue;
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (entry.endsWith('.ts') && !entry.endsWith('.test.ts')) yield path;
  }
}

/** Files that declare an exported class extending something, with the class names. */
function classFiles(): { file: string; classes: string[] }[] {
  const found: { file: string; classes: string[] }[] = [];
  for (const folder of FOLDERS) {
    for (const file of sourceFiles(join(ROOT, folder))) {
      const classes = [...readFileSync(file, 'utf8').matchAll(CLASS)].map((match) => match[1]);
      if (classes.length > 0) found.push({ file, classes: classes as string[] });
    }
  }
  return found;
}

describe('error classes', () => {
  it('each exported Error subclass sets name to its class name', async () => {
    const unnamed: string[] = [];
    let checked = 0;
    for (const { file, classes } of classFiles()) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const className of classes) {
        const value = module[className];
        if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue;
        checked++;
        const where = `${className} (${relative(ROOT, file)})`;
        const source = readFileSync(file, 'utf8');
        if (!new RegExp(`readonly name(: string)? = '${className}';`).test(source)) {
          unnamed.push(`${where}: no \`override readonly name = '${className}'\``);
        }
        // and where the constructor takes a bare message, the instance says so too
        const instance = (() => {
          try {
            return Reflect.construct(value, ['message']) as Error;
          } catch {
            return null;
          }
        })();
        if (instance && instance.name !== className) {
          unnamed.push(`${where}: an instance's name is ${instance.name}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
