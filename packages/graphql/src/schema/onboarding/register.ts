// Registers onboarding of third-party apps without SQL (D23): import-only composition.
import './organisation.ts';
import './api-client.ts';
import './issued-secret.ts';
import './register-organisation-mutation.ts';
import './register-api-client-mutation.ts';
import './rotate-api-client-secret-mutation.ts';
import './revoke-api-client-mutation.ts';
import './api-clients-query.ts';
