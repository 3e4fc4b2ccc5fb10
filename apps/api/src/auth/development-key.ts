import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { localDataDir } from '@openpb/db/paths';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const DEVELOPMENT_ISSUER = 'openpb-development';
const keyFile = join(localDataDir, 'development-signing-key.json');

export interface DevelopmentKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/**
 * The local ES256 key that signs development tokens, made on first use and kept (gitignored)
 * under .data/ so that the server and the token command agree. Never used in production.
 */
export async function loadDevelopmentKey(): Promise<DevelopmentKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  } catch {
    const pair = await generateKeyPair('ES256', { extractable: true });
    jwk = await exportJWK(pair.privateKey);
    await mkdir(dirname(keyFile), { recursive: true });
    await writeFile(keyFile, JSON.stringify(jwk), { mode: 0o600 });
  }
  const { d: _private, ...publicJwk } = jwk;
  return {
    privateKey: (await importJWK(jwk, 'ES256')) as CryptoKey,
    publicKey: (await importJWK(publicJwk, 'ES256')) as CryptoKey,
  };
}
