/** The API the demo talks to, fixed at build time (`VITE_OPENPB_API_URL`). */
export const API_URL: string = import.meta.env.VITE_OPENPB_API_URL || 'http://127.0.0.1:4000';
