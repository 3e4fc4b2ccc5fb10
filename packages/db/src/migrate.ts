import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dbPackageDir } from './paths.ts';

const require = createRequire(import.meta.url);

/**
 * Applies the committed migrations (`prisma migrate deploy`) to the database at `databaseUrl`.
 * Runs Prisma's CLI with its WebAssembly schema engine: no network, no native engine.
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const prismaCli = require.resolve('prisma/build/index.js');
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: dbPackageDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    throw new Error(
      `prisma migrate deploy failed (exit ${code}):\n${Buffer.concat(output).toString()}`,
    );
  }
}
