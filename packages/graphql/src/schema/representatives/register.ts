// Registers the representative type and mutation: import-only composition.
import './representative.ts';
import './record-representative-mutation.ts';
