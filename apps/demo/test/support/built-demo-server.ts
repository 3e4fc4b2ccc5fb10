import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export interface BuiltDemoServer {
  readonly url: string;
  stop(): Promise<void>;
}

const demoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the demo for production with `VITE_OPENPB_API_URL` pointing at `apiUrl` (into a temp
 * folder, leaving dist/ alone) and serves the build with `vite preview` on `port`, passing
 * POST /oauth/token on to the API.
 */
export async function startBuiltDemo(options: {
  apiUrl: string;
  port: number;
}): Promise<BuiltDemoServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'openpb-demo-build-'));
  const previous = process.env.VITE_OPENPB_API_URL;
  process.env.VITE_OPENPB_API_URL = options.apiUrl;
  try {
    await build({
      root: demoRoot,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (previous === undefined) delete process.env.VITE_OPENPB_API_URL;
    else process.env.VITE_OPENPB_API_URL = previous;
  }
  const server = await preview({
    root: demoRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: options.port,
      strictPort: true,
      open: false,
      // the token endpoint on the demo's origin, as vite.config.ts sets it up (D95)
      proxy: { '/oauth/token': { target: options.apiUrl, changeOrigin: true } },
    },
  });
  return {
    url: `http://127.0.0.1:${options.port}/`,
    stop: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
