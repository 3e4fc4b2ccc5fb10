import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { dbPackageDir } from './paths.ts';

const repoRoot = join(dbPackageDir, '..', '..');
const isRoot = process.getuid?.() === 0;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function privateFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  await chmod(folder, 0o700); // as `mktemp -d` makes it
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

interface Started {
  readonly child: ChildProcess;
  readonly postgresPid: number;
  readonly dataDir: string;
}

/** Runs testing/embedded-postgres-child.ts from `packageDir` and waits for its `ready` line. */
function startChild(
  packageDir: string,
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/testing/embedded-postgres-child.ts', dataDir, String(port)],
    { cwd: packageDir, env, stdio: 'pipe' },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, pid, answer, folder] = line.split(' ');
      if (word === 'ready' && answer === '42' && folder)
        done({ child, postgresPid: Number(pid), dataDir: folder });
    });
    child.once('exit', (code, signal) =>
      fail(new Error(`the child exited (${code ?? signal}) before ready:\n${stderr}`)),
    );
  });
}

/** Closes the child's stdin: it stops its server and exits. */
async function stopChild({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  child.stdin?.end();
  return exited;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the embedded PostgreSQL', () => {
  // D16: `kill -9` of the API left its PostgreSQL running, and the next start failed.
  it('starts again on the same folder after its starter was killed with SIGKILL', async () => {
    const folder = await privateFolder('openpb-orphan-');
    const dataDir = join(folder, 'postgres');
    const port = await freePort();
    const first = await startChild(dbPackageDir, dataDir, port);
    cleanups.push(() => rm(dirname(first.dataDir), { recursive: true, force: true }));
    const killed = new Promise((done) => first.child.once('exit', done));
    first.child.kill('SIGKILL');
    await killed;
    expect(isRunning(first.postgresPid)).toBe(true); // orphaned, holding the folder and the port

    const second = await startChild(dbPackageDir, dataDir, port);
    expect(second.postgresPid).not.toBe(first.postgresPid);
    expect(isRunning(first.postgresPid)).toBe(false);
    expect(second.dataDir).toBe(first.dataDir);
    expect(await stopChild(second)).toBe(0);
    expect(isRunning(second.postgresPid)).toBe(false);
  });

  // D50: as root, the server runs as `postgres`, who cannot enter /root or a
  // `mktemp -d` folder; the binaries and the cluster then live in a folder that user owns.
  it.skipIf(!isRoot)(
    'as root, starts from a copy of the project in a private mktemp -d folder',
    async () => {
      const clone = await privateFolder('openpb-clone-');
      expect(statSync(clone).mode & 0o777).toBe(0o700);
      const home = await privateFolder('openpb-pg-home-');
      // the working tree's tracked and new files, as a clone would have them
      const files = execFileSync(
        'git',
        ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
        { cwd: repoRoot, encoding: 'utf8' },
      )
        .split('\0')
        .filter((file) => file && existsSync(join(repoRoot, file)));
      for (const file of files) await cp(join(repoRoot, file), join(clone, file));
      const execPath = process.env.npm_execpath;
      const [command, ...prefix] = execPath?.includes('pnpm')
        ? [process.execPath, execPath]
        : ['pnpm'];
      const install = spawnSync(
        command ?? 'pnpm',
        [...prefix, 'install', '--offline', '--frozen-lockfile', '--filter=@openpb/db...'],
        { cwd: clone, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
      );
      expect(install.status, install.stderr + install.stdout).toBe(0);

      const started = await startChild(
        join(clone, 'packages', 'db'),
        join(clone, 'packages', 'db', '.data', 'postgres'),
        await freePort(),
        { ...process.env, OPENPB_POSTGRES_HOME: home },
      );
      expect(started.dataDir.startsWith(`${home}/cluster-postgres-`)).toBe(true);
      expect(existsSync(join(home, 'server-linux-x64-18.4.0-beta.17', 'bin', 'postgres'))).toBe(
        process.platform === 'linux' && process.arch === 'x64',
      );
      expect(
        existsSync(join(clone, 'packages', 'db', '.data', 'postgres', 'CLUSTER-IS-ELSEWHERE')),
      ).toBe(true);
      expect(await stopChild(started)).toBe(0);
    },
  );
});
