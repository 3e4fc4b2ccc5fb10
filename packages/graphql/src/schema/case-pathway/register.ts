// Registers the case-pathway types, queries and mutations: import-only composition.
