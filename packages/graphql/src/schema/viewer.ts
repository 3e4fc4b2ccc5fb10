import { builder } from '../builder.ts';
import type { Viewer } from '../context.ts';

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in caller.',
  fields: (t) => ({
    subject: t.exposeString('subject', {
      description: 'The token subject (a staff member or API client id).',
    }),
    roles: t.stringList({ resolve: (viewer) => [...viewer.roles] }),
    council: t.prismaField({
      type: 'Council',
      resolve: (query, viewer, _args, context) =>
        context.db.council.findUniqueOrThrow({ ...query, where: { id: viewer.councilId } }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    authScopes: { staff: true },
    resolve: (_root, _args, context) => context.viewer,
  }),
);
