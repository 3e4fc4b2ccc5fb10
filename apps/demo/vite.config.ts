import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `source`: take workspace packages (@openpb/sdk) from their TypeScript source, so that the
  // demo needs only `generate`, not a prior SDK build, and edits to the SDK reload at once.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173 },
  build: { outDir: 'dist', sourcemap: true },
});
