import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, 'dist');

/**
 * Prisma's generated client loads its WebAssembly query compiler from files beside it, so it
 * stays a file of the db package and the bundle imports it by relative path.
 */
const keepPrismaClientExternal: Plugin = {
  name: 'keep-prisma-client-external',
  setup(context) {
    context.onResolve({ filter: /generated\/prisma\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return { path: `./${relative(outdir, target)}`, external: true };
    });
  },
};

const bundleOnlyWorkspacePackages: Plugin = {
  name: 'bundle-only-workspace-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@openpb/') ? undefined : { path: args.path, external: true },
    );
  },
};

// Workspace packages are TypeScript source and are bundled; third-party packages stay in node_modules.
await build({
  entryPoints: { start: 'src/cli/start.ts', token: 'src/cli/token.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  plugins: [keepPrismaClientExternal, bundleOnlyWorkspacePackages],
  logLevel: 'warning',
});
