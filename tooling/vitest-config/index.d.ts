/** The `resolve` of every package's Vitest config (and of each of its test projects). */
export declare const oneGraphql: { alias: { find: RegExp; replacement: string }[] };
