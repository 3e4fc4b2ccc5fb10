import { ALL_CODE_LISTS } from '@openpb/domain/code-lists/all-code-lists';
import type { CodeList } from '@openpb/domain/code-lists/code-list';
import type { EnumRef } from '@pothos/core';
import type { BuilderTypes } from '../builder.ts';
import { codeListEnum } from './code-list-enum.ts';

/**
 * A code-list enum as Pothos types it: what a resolver may return is any stored code (a string
 * column: graphql-js's enum serializer refuses a value not on the list, as a field error); what
 * an argument or input field gives is the list's own code type.
 */
export type CodeEnumRef<C extends string> = EnumRef<BuilderTypes, string, C>;

// Every national and model code list of @openpb/domain becomes a GraphQL enum, once.
const enums = new Map<string, ReturnType<typeof codeListEnum<string>>>(
  ALL_CODE_LISTS.map((list) => [list.name, codeListEnum(list)]),
);

/**
 * The GraphQL enum of a code list: its values are the list's codes. A field reading a code column
 * exposes it as it is (`t.expose('gender', { type: codeEnum(Gender) })`), without a cast.
 */
export function codeEnum<C extends string>(list: CodeList<C>): CodeEnumRef<C> {
  const ref = enums.get(list.name);
  if (!ref) throw new Error(`Code list ${list.name} is not in ALL_CODE_LISTS`);
  // the one place a code list's type meets the enum built from it at run time
  return ref as CodeEnumRef<string> as CodeEnumRef<C>;
}
