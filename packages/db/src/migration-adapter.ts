import { PrismaPg } from '@prisma/adapter-pg';
import { poolConfigFromUrl } from './connection-config.ts';

/** Driver adapter for Prisma's JavaScript schema engine (`prisma migrate …`), from DATABASE_URL. */
export function migrationAdapterFactory(): PrismaPg {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL must be set for prisma migrate (pnpm --filter @openpb/db migrate:create does it for you)',
    );
  }
  return new PrismaPg(poolConfigFromUrl(databaseUrl));
}
