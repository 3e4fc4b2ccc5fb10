import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IdentityProvider } from './jwks-server.ts';
import { freePort } from './ports.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../api');
export const API_BUNDLE = resolve(apiDir, 'dist/start.js');

/**
 * The API as it runs in production: the built bundle, NODE_ENV=production, tokens verified
 * against the identity provider's JWKS over HTTP.
 */
export async function startApi(options: {
  readonly databaseUrl: string;
  readonly tenancyKey: string;
  readonly identity: IdentityProvider;
  /** When set, the child writes a V8 CPU profile into this folder when it exits. */
  readonly cpuProfileDir?: string | undefined;
}): Promise<ServerProcess> {
  if (!existsSync(API_BUNDLE)) {
    throw new Error(`${API_BUNDLE} is missing: run \`pnpm --filter @openpb/api build\` first`);
  }
  const port = await freePort();
  const profiling = options.cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  return startServerProcess({
    name: 'API',
    nodeArgs: [...profiling, API_BUNDLE],
    cwd: apiDir,
    port,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      OPENPB_TENANCY_KEY: options.tenancyKey,
      OPENPB_JWKS_URL: options.identity.jwksUrl,
      OPENPB_JWT_ISSUER: options.identity.issuer,
      OPENPB_JWT_AUDIENCE: options.identity.audience,
      // one bench client sends thousands of requests a second: lift the per-client rate limit
      OPENPB_RATE_LIMIT_PER_MINUTE: '100000000',
    },
  });
}
