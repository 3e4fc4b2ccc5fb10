// Registers the planning types, queries and mutations: import-only composition.
