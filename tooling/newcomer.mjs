#!/usr/bin/env node
// The newcomer's two commands (README): `npm run dev` and `npm test`.
// Needs only Node 20 and npm: it fetches the pinned pnpm through npx when pnpm is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

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

// As root, the embedded PostgreSQL runs as the `postgres` user, which must reach its binaries
// inside node_modules: a private parent folder (mktemp -d, /root) fails later with a bare EACCES.
function ensureEmbeddedPostgresCanReachTheProject() {
  if (process.getuid?.() !== 0 || process.env.DATABASE_URL) return;
  for (let folder = root.replace(/\/$/, ''); folder !== dirname(folder); folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      console.error(
        `As root, the embedded PostgreSQL runs as the postgres user, which cannot enter ${folder}. ` +
          `Run \`chmod o+x ${folder}\`, clone the project elsewhere, or set DATABASE_URL.`,
      );
      process.exit(1);
    }
  }
}

ensureEmbeddedPostgresCanReachTheProject();
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
} else {
  console.error('usage: node tooling/newcomer.mjs dev|test');
  process.exit(2);
}
