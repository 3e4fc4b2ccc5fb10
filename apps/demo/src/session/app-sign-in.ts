import { createClient, signInAsPersona, signInWithClientCredentials } from '@openpb/sdk';
import { API_URL } from '../config.ts';
import type { Session } from './session.ts';

/** A third-party app the demo council registered, as the sign-in screen offers it. */
export interface ThirdPartyApp {
  readonly id: string;
  readonly clientId: string;
  readonly name: string;
  readonly organisationName: string;
}

/** The development persona that registers apps and issues their secrets. */
const ADMINISTRATOR = 'council-admin';

async function administrator(signal: AbortSignal | undefined) {
  const token = await signInAsPersona({ url: API_URL, persona: ADMINISTRATOR, signal });
  return createClient({ url: API_URL, token });
}

/**
 * Development only (D95): the council's active third-party apps, as its administrator lists them.
 * A production API has no development personas, so this fails there and the demo offers staff
 * sign-in only.
 */
export async function listThirdPartyApps(signal?: AbortSignal): Promise<ThirdPartyApp[]> {
  const admin = await administrator(signal);
  const apps = await admin.apiClients.list({ pageSize: 20, signal });
  return apps.items
    .filter((app) => app.active)
    .map((app) => ({
      id: app.id,
      clientId: app.clientId,
      name: app.name,
      organisationName: app.organisation.name,
    }));
}

/**
 * Development only (D95): signs in as the app the way an app does, with client credentials at
 * POST /oauth/token (on the demo's origin, which passes it on to the API). The secret is one the
 * council administrator issues at that moment (rotateApiClientSecret, the old one ending at once):
 * the seed keeps no usable secret, and the demo keeps this one only for the sign-in.
 */
export async function signInAsThirdPartyApp(app: ThirdPartyApp): Promise<Session> {
  const admin = await administrator(undefined);
  const rotated = await admin.apiClients.rotateSecret({ apiClientId: app.id, graceSeconds: 0 });
  if (!rotated.ok)
    throw new Error(`The app's secret could not be issued: ${rotated.error.message}`);
  const { token } = await signInWithClientCredentials({
    url: window.location.origin,
    clientId: app.clientId,
    clientSecret: rotated.data.rotation.clientSecret,
  });
  return {
    token,
    persona: { key: `app:${app.clientId}`, name: app.organisationName, title: app.name },
  };
}
