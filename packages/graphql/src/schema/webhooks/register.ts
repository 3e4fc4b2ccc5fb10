// Webhook endpoints and their deliveries (issue 14 items 2-3): import-only composition.
import './webhook-endpoint.ts';
import './webhook-mutations.ts';
