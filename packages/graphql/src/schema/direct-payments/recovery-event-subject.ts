/**
 * A recovery's events are about the agreement's person, so that apps the person delegated
 * READ_DP_LEDGER to hear of them (D93): read the recovery with `include: WITH_PERSON`.
 */
export const WITH_PERSON = { agreement: { select: { personId: true } } } as const;

export const recoveryEventSubject = (recovery: {
  readonly id: string;
  readonly agreement: { readonly personId: string };
}) => ({ id: recovery.id, personId: recovery.agreement.personId });
