import { ALL_CODE_LISTS } from '@openpb/domain/code-lists/all-code-lists';
import {
  type GraphQLField,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';

const nodeInterface = schema.getType('Node');
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && !type.name.startsWith('__'),
);

function fieldsOf(typeName: string): GraphQLField<unknown, unknown>[] {
  const type = schema.getType(typeName);
  return isObjectType(type) ? Object.values(type.getFields()) : [];
}

describe('schema conventions (architecture.md)', () => {
  it('never exposes a plain list of nodes: lists that can grow are connections', () => {
    const offenders = objectTypes.flatMap((type) =>
      fieldsOf(type.name)
        .filter((field) => isListType(getNullableType(field.type)))
        .filter((field) => {
          const item = getNamedType(field.type);
          return (
            isObjectType(item) &&
            nodeInterface &&
            item.getInterfaces().some((i) => i.name === 'Node')
          );
        })
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('gives every mutation one required `input` and a result union with typed errors', () => {
    for (const mutation of fieldsOf('Mutation')) {
      expect(
        mutation.args.map((arg) => arg.name),
        mutation.name,
      ).toEqual(['input']);
      expect(String(mutation.args[0]?.type)).toMatch(/!$/);
      const result = getNamedType(mutation.type);
      expect(isUnionType(result), mutation.name).toBe(true);
      if (!isUnionType(result)) continue;
      const errorTypes = result
        .getTypes()
        .filter((member) => member.getInterfaces().some((i) => i.name === 'Error'));
      expect(errorTypes.length, mutation.name).toBeGreaterThan(0);
    }
  });

  it('carries money as Pence, never Int or Float', () => {
    const offenders = objectTypes.flatMap((type) =>
      fieldsOf(type.name)
        .filter((field) => /Pence$/.test(field.name) && getNamedType(field.type).name !== 'Pence')
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('describes every value of every code-list enum with its national label', () => {
    const byName = new Map(ALL_CODE_LISTS.map((list) => [list.name, list]));
    const enums = Object.values(schema.getTypeMap()).filter(
      (type) => isEnumType(type) && byName.has(type.name),
    );
    expect(enums.length).toBeGreaterThan(5);
    for (const enumType of enums) {
      if (!isEnumType(enumType)) continue;
      const list = byName.get(enumType.name);
      for (const value of enumType.getValues()) {
        expect(list?.codes).toContain(value.name);
        expect(value.description, `${enumType.name}.${value.name}`).toBeTruthy();
      }
    }
  });

  it('has an Error interface with message, code and path', () => {
    const error = schema.getType('Error');
    expect(isInterfaceType(error)).toBe(true);
    if (isInterfaceType(error))
      expect(Object.keys(error.getFields()).sort()).toEqual(['code', 'message', 'path']);
  });
});
