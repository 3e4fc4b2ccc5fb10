import { builder } from '../builder.ts';
import { databaseId } from '../tenancy.ts';

builder.prismaNode('Council', {
  description: 'A council with adult social services responsibilities (a CASSR).',
  id: { field: 'id' },
  nullable: true,
  // public information about the caller's own council (findUnique finds no other)
  authScopes: { $any: { staff: true, thirdParty: true } },
  findUnique: (id, context) => ({ id: id === context.viewer.councilId ? id : databaseId('') }),
  fields: (t) => ({
    laCode: t.exposeString('laCode', { description: 'The CLD local authority code.' }),
    name: t.exposeString('name'),
    region: t.exposeString('region'),
  }),
});
