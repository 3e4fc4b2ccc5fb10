/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Open Personal Budgets API. Default http://127.0.0.1:4000. */
  readonly VITE_OPENPB_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
