import { builder } from '../../builder.ts';
import { ONBOARDING_ROLES } from '../../staff-roles.ts';

builder.queryField('apiClients', (t) =>
  t.prismaConnection({
    type: 'ApiClient',
    cursor: 'id',
    description:
      'The third-party apps your council registered, newest first, revoked ones included. An app’s activity is auditLog(filter: { actorSubject: app.auditSubject }). Council administrators only.',
    authScopes: { anyRole: ONBOARDING_ROLES },
    totalCount: (_root, _args, context) =>
      context.db.apiClient.count({ where: { councilId: context.viewer.councilId } }),
    resolve: (query, _root, _args, context) =>
      context.db.apiClient.findMany({
        ...query,
        where: { councilId: context.viewer.councilId },
        orderBy: { id: 'desc' },
      }),
  }),
);
