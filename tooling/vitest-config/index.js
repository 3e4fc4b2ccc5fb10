// Plain JavaScript: Node 20 loads it from the packages' vitest.config.ts without a TypeScript loader.

/**
 * graphql 16 ships ESM (`module`) and CJS (`main`) copies: Node loads the CJS one for Pothos, so
 * tests must use the same copy, or graphql refuses types "from another realm" (the API the
 * integration and browser tests start in process checks its schema's types with instanceof).
 * Use it as a config's (or a test project's) `resolve`.
 */
export const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };
