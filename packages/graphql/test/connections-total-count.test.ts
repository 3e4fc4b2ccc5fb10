import { getNullableType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';

// Every list has a totalCount (issue 13 item 6, D66): each connection type of the schema that
// prints schema.graphql (edges and pageInfo) has `totalCount: Int!`.

const connections = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields(),
);

describe('connections', () => {
  it('finds the connections it checks', () => {
    expect(connections.length).toBeGreaterThan(30);
  });

  it('each has totalCount: Int!', () => {
    const without = connections
      .filter((type) => {
        const field = isObjectType(type) ? type.getFields().totalCount : undefined;
        return (
          !field || !isNonNullType(field.type) || String(getNullableType(field.type)) !== 'Int'
        );
      })
      .map((type) => type.name);
    expect(without).toEqual([]);
  });
});
