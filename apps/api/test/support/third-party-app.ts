import { hashClientSecret } from '@openpb/db/api-clients/client-secret';
import type { TestApi } from './test-api.ts';

export interface ThirdPartyApp {
  readonly organisationId: string;
  readonly clientId: string;
  /** A client-credentials token, as /oauth/token issues it. */
  readonly token: string;
}

/**
 * A third-party app as a council registers it: its organisation, an API client with a hashed
 * secret, and a token from the client-credentials exchange.
 */
export async function registerThirdPartyApp(
  t: Pick<TestApi, 'db' | 'clientTokens'>,
  app: {
    readonly councilId: string;
    readonly clientId: string;
    readonly secret: string;
    readonly organisation: { readonly type: string; readonly name: string };
  },
): Promise<ThirdPartyApp> {
  const organisation = await t.db.organisation.create({ data: app.organisation });
  await t.db.apiClient.create({
    data: {
      councilId: app.councilId,
      organisationId: organisation.id,
      clientId: app.clientId,
      secretHash: await hashClientSecret(app.secret),
      name: app.organisation.name,
    },
  });
  const issued = await t.clientTokens.exchange(app.clientId, app.secret);
  if (!issued.ok) throw new Error(`the client-credentials exchange refused ${app.clientId}`);
  return { organisationId: organisation.id, clientId: app.clientId, token: issued.token };
}
