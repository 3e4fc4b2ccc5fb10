import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type ProxyOptions } from 'vite';

/**
 * GOV.UK Frontend's styles without its GDS Transport @font-face rules: that typeface is for
 * GOV.UK services only, not councils (D40), and its files are not served by the demo. The text
 * falls back to the stack govuk-frontend names after it (arial, sans-serif). Its old-IE media hacks go
 * too.
 */
function govukFrontendWithoutTransportFont(): Plugin {
  return {
    name: 'openpb-govuk-frontend-without-transport-font',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0]?.endsWith('.css')) return null;
      const withoutFonts = code.replace(/@font-face\{[^}]*\}/g, '');
      // old-IE `@media screen\0` hacks, which Lightning CSS (Vite's minifier) rejects
      const withoutIeHacks = withoutFonts.replace(
        /@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^}]*\})*[^{}]*\}/g,
        '',
      );
      return { code: withoutIeHacks, map: null };
    },
  };
}

/**
 * The API's token endpoint, reached on the demo's own origin: a third-party app signs in with
 * client credentials at POST /oauth/token, which sends no CORS headers (a browser is no place for
 * an app's secret outside a demo, D95). The dev server and `vite preview` pass it on to the API.
 */
function tokenEndpointProxy(): Record<string, ProxyOptions> {
  const target = process.env.VITE_OPENPB_API_URL || 'http://127.0.0.1:4000';
  return { '/oauth/token': { target, changeOrigin: true } };
}

export default defineConfig({
  plugins: [govukFrontendWithoutTransportFont(), react()],
  // `source`: take workspace packages (@openpb/sdk) from their TypeScript source, so that the
  // demo needs only `generate`, not a prior SDK build, and edits to the SDK reload at once.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, proxy: tokenEndpointProxy() },
  preview: { port: 4173, proxy: tokenEndpointProxy() },
  build: { outDir: 'dist', sourcemap: true },
});
