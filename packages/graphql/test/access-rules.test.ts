import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PERSONAL_DATA_TYPES } from '../src/audit/personal-data-types.ts';
import { schema } from '../src/schema.ts';

/**
 * Node types about the council, its staff and the organisations it works with (and their apps),
 * not about the people it supports.
 */
const ORGANISATIONAL_TYPES = new Set([
  'Council',
  'StaffMember',
  'Organisation',
  'ApiClient',
  // webhook endpoints and their deliveries carry ids and states only (D36)
  'WebhookEndpoint',
  'WebhookDelivery',
]);

/** Root fields whose access is enforced per type instead (every node type loads through its tenancy `where`). */
const PER_TYPE_ACCESS = new Set(['Query.node']);

function rootFields() {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type
      ? Object.values(type.getFields()).map((field) => ({
          name: `${type.name}.${field.name}`,
          field,
        }))
      : [],
  );
}

function nodeTypes() {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => type.getInterfaces().some((i) => i.name === 'Node'));
}

describe('access rules (docs/access.md)', () => {
  it('gives every query and mutation an explicit access rule', () => {
    const missing = rootFields()
      .filter(({ name }) => !PER_TYPE_ACCESS.has(name))
      .filter(({ field }) => {
        const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } })
          .pothosOptions;
        return options?.authScopes === undefined;
      })
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it('lets no mutation be run by an auditor (read-only)', () => {
    const open = rootFields()
      .filter(({ name }) => name.startsWith('Mutation.'))
      .filter(({ field }) => {
        const scopes = (
          field.extensions as {
            pothosOptions?: { authScopes?: { anyRole?: readonly string[]; staff?: boolean } };
          }
        ).pothosOptions?.authScopes;
        return scopes?.staff === true || scopes?.anyRole?.includes('AUDITOR');
      })
      .map(({ name }) => name);
    expect(open).toEqual([]);
  });

  it('gives every node type an explicit access rule (node(id:) reaches each of them)', () => {
    const missing = nodeTypes()
      .filter((type) => {
        const options = (type.extensions as { pothosOptions?: { authScopes?: unknown } })
          .pothosOptions;
        return options?.authScopes === undefined;
      })
      .map((type) => type.name);
    expect(missing).toEqual([]);
  });

  it('audits every node type that holds personal data', () => {
    const notAudited = nodeTypes()
      .map((type) => type.name)
      .filter((name) => !PERSONAL_DATA_TYPES.has(name) && !ORGANISATIONAL_TYPES.has(name));
    expect(notAudited).toEqual([]);
  });
});
