// Registers the direct-payments types, queries and mutations: import-only composition.
