import { ALL_CODE_LISTS } from '@openpb/domain/code-lists/all-code-lists';
import type { CodeList } from '@openpb/domain/code-lists/code-list';
import { codeListEnum } from './code-list-enum.ts';

type CodeEnumRef<C extends string> = ReturnType<typeof codeListEnum<C>>;

// Every national and model code list of @openpb/domain becomes a GraphQL enum, once.
const enums = new Map<string, CodeEnumRef<string>>(
  ALL_CODE_LISTS.map((list) => [list.name, codeListEnum(list)]),
);

/** The GraphQL enum of a code list: its values are the list's codes. */
export function codeEnum<C extends string>(list: CodeList<C>): CodeEnumRef<C> {
  const ref = enums.get(list.name);
  if (!ref) throw new Error(`Code list ${list.name} is not in ALL_CODE_LISTS`);
  return ref as unknown as CodeEnumRef<C>;
}
