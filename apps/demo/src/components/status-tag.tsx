import type { PersonalBudgetStatus } from '@openpb/sdk';
import { budgetStatusLabel } from '../labels/code-labels.ts';

const COLOUR: Record<PersonalBudgetStatus, string> = {
  PROPOSED: 'tag--grey',
  AWAITING_SIGN_OFF: 'tag--yellow',
  SIGNED_OFF: 'tag--green',
  REJECTED: 'tag--red',
  SUPERSEDED: 'tag--grey',
  ENDED: 'tag--grey',
  WITHDRAWN: 'tag--grey',
};

export function StatusTag({ status }: { readonly status: PersonalBudgetStatus }) {
  return <strong className={`tag ${COLOUR[status]}`}>{budgetStatusLabel(status)}</strong>;
}
