import type { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';

/** Type-level rule for records only the council's staff see. */
export const STAFF_ONLY = { staff: true } as const;

/**
 * Type-level rule for a person's records that a third-party app may also see, when the person
 * delegated `scope` to it (I-17). Without a scope, any delegation in force will do.
 */
export function staffOrDelegated(scope?: DelegationScope) {
  const rule = (record: { personId: string } | { id: string }) => ({
    $any: {
      staff: true,
      delegated: {
        personId: 'personId' in record ? record.personId : record.id,
        ...(scope ? { scope } : {}),
      },
    },
  });
  // what grants every row, whatever the row: the compiled read checks this part (D80)
  return Object.assign(rule, { forEveryRow: { staff: true } as const });
}
