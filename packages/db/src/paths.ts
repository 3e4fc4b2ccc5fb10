import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved through the package's own name so that it stays right when the API is bundled.
const require = createRequire(import.meta.url);

/** The @openpb/db package folder (holds prisma.config.ts and the migrations). */
export const dbPackageDir = dirname(require.resolve('@openpb/db/package.json'));

/** Gitignored folder at the repository root for local database files and the development key. */
export const localDataDir = join(dbPackageDir, '..', '..', '.data');
