import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Package faces (issue 17 item 3): domain, db and graphql export only the sub-paths listed in
 * their package.json `exports`, as stripe-node tests its own. Every listed path loads, and no
 * source file in the repository imports one of them by a path the map does not list. To make a
 * module public, add `"./<path>": "./src/<path>.ts"` to the package's exports (and say why in
 * review); the failure message lists the lines to add.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const PACKAGES = ['domain', 'db', 'graphql'] as const;
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'dist', 'generated', '.turbo', '.cache', '.data', '.git']);
const SPECIFIER = /['"]@openpb\/(domain|db|graphql)\/([^'"]+)['"]/g;

function exportsOf(name: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  return manifest.exports as Record<string, string>;
}

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder)) {
    if (SKIP.has(entry)) continue;
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry)) yield path;
  }
}

/** Every `@openpb/<package>/<sub-path>` a source file in apps/, packages/ or tooling/ names. */
function deepImports(): { specifier: string; file: string }[] {
  const found: { specifier: string; file: string }[] = [];
  for (const top of ['apps', 'packages', 'tooling']) {
    for (const file of sourceFiles(join(ROOT, top))) {
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        found.push({ specifier: `@openpb/${match[1]}/${match[2]}`, file: relative(ROOT, file) });
      }
    }
  }
  return found;
}

describe('package faces', () => {
  it.each(PACKAGES)('@openpb/%s lists each public sub-path, no folder wildcards', (name) => {
    const map = exportsOf(name);
    for (const [subPath, target] of Object.entries(map)) {
      expect(subPath, subPath).not.toContain('*');
      if (subPath !== './package.json') expect(target).toBe(`./src/${subPath.slice(2)}.ts`);
    }
  });

  it('imports every listed sub-path', async () => {
    for (const name of PACKAGES) {
      for (const subPath of Object.keys(exportsOf(name))) {
        if (subPath === './package.json') continue;
        const specifier = `@openpb/${name}/${subPath.slice(2)}`;
        await expect(import(specifier), specifier).resolves.toBeTypeOf('object');
      }
    }
  }, 120_000);

  it('finds no import of an unlisted sub-path anywhere in the repository', () => {
    const listed = new Set(
      PACKAGES.flatMap((name) =>
        Object.keys(exportsOf(name)).map((subPath) => `@openpb/${name}/${subPath.slice(2)}`),
      ),
    );
    const unlisted = deepImports().filter(({ specifier }) => !listed.has(specifier));
    const lines = [...new Set(unlisted.map(({ specifier, file }) => `${specifier} (${file})`))];
    expect(lines).toEqual([]);
  });

  it('would catch one: the scan sees the imports this repository is known to make', () => {
    const seen = new Set(deepImports().map(({ specifier }) => specifier));
    expect(seen).toContain('@openpb/db/tenant-databases');
    expect(seen).toContain('@openpb/graphql/context');
  });
});
