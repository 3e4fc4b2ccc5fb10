import type { Prisma } from '@openpb/db/client';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { AUDIT_READER_ROLES } from '../staff-roles.ts';
import { databaseId } from '../tenancy.ts';

builder.prismaObject('AuditLogEntry', {
  description:
    'One entry of the append-only audit log: a read of personal data, a write, or a refusal.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorSubject: t.exposeString('actorSubject', {
      description: 'The token subject of the caller.',
    }),
    // global ids, as everywhere in the API (issue 13 item 4, D67)
    actingForPersonId: t.id({
      nullable: true,
      description: 'The person a third-party app acted for (a Person’s global id).',
      resolve: (entry) =>
        entry.actingForPersonId ? encodeGlobalID('Person', entry.actingForPersonId) : null,
    }),
    delegationId: t.id({
      nullable: true,
      description: 'The delegation it acted under (a Delegation’s global id).',
      resolve: (entry) =>
        entry.delegationId ? encodeGlobalID('Delegation', entry.delegationId) : null,
    }),
    kind: t.exposeString('kind', { description: 'READ, WRITE or DENIAL.' }),
    operation: t.exposeString('operation'),
    entity: t.exposeString('entity', { nullable: true }),
    entityIds: t.idList({
      description: 'The records touched, as global ids of `entity` (node(id:) takes them).',
      resolve: (entry) =>
        entry.entity ? entry.entityIds.map((id) => encodeGlobalID(entry.entity ?? '', id)) : [],
    }),
    outcome: t.exposeString('outcome'),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    kind: t.string({ required: false }),
    entity: t.string({ required: false }),
    actorSubject: t.string({ required: false }),
    entityId: t.globalID({
      required: false,
      description: 'Entries that touched this record (its global id, as node(id:) takes).',
    }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

/** The council's entries the filter admits. */
function auditLogWhere(
  councilId: string,
  filter: typeof AuditLogFilter.$inferInput | null | undefined,
): Prisma.AuditLogEntryWhereInput {
  const where: Prisma.AuditLogEntryWhereInput = { councilId };
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.entity) where.entity = filter.entity;
  if (filter?.actorSubject) where.actorSubject = filter.actorSubject;
  if (filter?.entityId) where.entityIds = { has: databaseId(filter.entityId.id) };
  if (filter?.from || filter?.to) {
    where.at = {
      ...(filter.from ? { gte: filter.from } : {}),
      ...(filter.to ? { lt: filter.to } : {}),
    };
  }
  return where;
}

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditLogEntry',
    cursor: 'id',
    description: 'Your council’s audit log, newest first. For auditors and council administrators.',
    authScopes: { anyRole: AUDIT_READER_ROLES },
    args: { filter: t.arg({ type: AuditLogFilter, required: false }) },
    totalCount: (_root, { filter }, context) =>
      context.db.auditLogEntry.count({ where: auditLogWhere(context.viewer.councilId, filter) }),
    resolve: (query, _root, { filter }, context) =>
      context.db.auditLogEntry.findMany({
        ...query,
        where: auditLogWhere(context.viewer.councilId, filter),
        orderBy: { id: 'desc' },
      }),
  }),
);
