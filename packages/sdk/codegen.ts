import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The client preset imports the `DocumentTypeDecoration` type from
 * `@graphql-typed-document-node/core`, a package that needs `graphql` as a peer. The SDK takes the
 * same one-member type from its own `typed-document.ts` instead, so that it has no dependencies
 * and its `.d.ts` files type-check for consumers without either package.
 */
const TYPED_DOCUMENT_IMPORT = "from '@graphql-typed-document-node/core';";
const localiseTypedDocumentImport = (path: string, content: string): string => {
  if (!path.endsWith('graphql.ts')) return content;
  if (!content.includes(TYPED_DOCUMENT_IMPORT)) {
    throw new Error(
      `codegen.ts: ${path} no longer imports ${TYPED_DOCUMENT_IMPORT} — update the hook`,
    );
  }
  return content.replaceAll(TYPED_DOCUMENT_IMPORT, "from '../../typed-document.ts';");
};

/**
 * Each document is a `new TypedDocumentString(…)`; marked pure, a bundler drops the documents an
 * application never calls (the size test bundles `createClient` with one resource).
 */
const NEW_DOCUMENT = 'new TypedDocumentString(';
const markDocumentsPure = (path: string, content: string): string => {
  if (!path.endsWith('graphql.ts')) return content;
  if (!content.includes(NEW_DOCUMENT)) {
    throw new Error(`codegen.ts: ${path} has no ${NEW_DOCUMENT} — update the hook`);
  }
  return content.replaceAll(` = ${NEW_DOCUMENT}`, ` = /* @__PURE__ */ ${NEW_DOCUMENT}`);
};

const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  // one document per root field (generator/generate-operations.ts) and the few the SDK's composed
  // reads need (people.get, people.getCase)
  documents: ['src/generated/operations/*.graphql', 'src/operations/*.graphql'],
  ignoreNoDocuments: false,
  errorsOnly: true,
  hooks: { beforeOneFileWrite: [localiseTypedDocumentImport, markDocumentsPure] },
  generates: {
    './src/generated/types/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        skipIndexFile: true,
        // a manifest of every operation the SDK sends (sha256 → document), which the API's
        // trusted-documents mode accepts and nothing else
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        strictScalars: true,
        scalars: {
          ID: 'string',
          Pence: 'number',
          Date: 'string',
          DateTime: 'string',
        },
        // enum values as string-literal unions (what `enumsAsTypes` was called before codegen 6)
        enumType: 'string-literal',
        useTypeImports: true,
        // relative imports with `.js`, so that the emitted ESM runs in Node as it is
        emitLegacyCommonJSImports: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
