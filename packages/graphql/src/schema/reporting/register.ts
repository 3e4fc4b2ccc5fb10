// Registers the council reporting queries: import-only composition.
import './ratio.ts';
import './ascof-3d-query.ts';
import './cld-data-quality-query.ts';
