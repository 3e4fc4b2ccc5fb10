import { fileURLToPath } from 'node:url';

/** The printed, sorted SDL that is committed and that the SDK is generated from. */
export const schemaFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));
