import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';

/** The audit log's subject for an app's requests (its tokens' `sub`). */
export const appSubject = (clientId: string) => `client:${clientId}`;

/** A third-party app the council registered: its client id, organisation and state (D9). */
export const ApiClientRef = builder.prismaNode('ApiClient', {
  description:
    'A third-party app your council registered for an organisation: it signs in with its client id and secret at POST /oauth/token (D9). Its secret is shown once, when registered or rotated.',
  id: { field: 'id' },
  nullable: true,
  authScopes: STAFF_ONLY,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    clientId: t.exposeString('clientId', {
      description: 'What the app sends as client_id at POST /oauth/token.',
    }),
    name: t.exposeString('name'),
    organisation: t.relation('organisation'),
    active: t.boolean({
      description: 'Whether the app can sign in (false once revoked).',
      resolve: (client) => client.active && client.revokedAt === null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    previousSecretValidUntil: t.expose('previousSecretValidUntil', {
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation: until when the previous secret is still accepted.',
    }),
    auditSubject: t.string({
      description:
        'The actor of the app’s requests in the audit log: its activity is auditLog(filter: { actorSubject }).',
      resolve: (client) => appSubject(client.clientId),
    }),
  }),
});
