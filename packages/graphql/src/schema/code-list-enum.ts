import type { CodeList } from '@openpb/domain/code-lists/code-list';
import { builder } from '../builder.ts';

function describe(entry: { r1: string | null; r2: string | null; description?: string }): string {
  const labels = [
    entry.r1 === null ? null : `CLD R1: ${entry.r1}`,
    entry.r2 === null ? null : `CLD R2: ${entry.r2}`,
  ].filter((label): label is string => label !== null);
  if (entry.r1 !== null && entry.r1 === entry.r2) labels.splice(0, labels.length, entry.r1);
  return [entry.description, ...labels].filter(Boolean).join(' · ');
}

/** A GraphQL enum whose values are the code list's codes, each described by its national labels. */
export function codeListEnum<C extends string>(list: CodeList<C>) {
  const values = Object.fromEntries(
    list.codes.map((code) => [code, { value: code, description: describe(list.entries[code]) }]),
  ) as { [K in C]: { value: K; description: string } };
  return builder.enumType(list.name, {
    description: `${list.description} Source: ${list.source}.`,
    values,
  });
}
