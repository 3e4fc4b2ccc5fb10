import { InvalidState } from '../../errors/invalid-state.ts';

/** Money moves only on an ACTIVE agreement (not a draft, a suspended or a terminated one). */
export function requireActiveAgreement(agreement: { readonly status: string }): void {
  if (agreement.status !== 'ACTIVE') {
    throw new InvalidState(`The agreement is ${agreement.status.toLowerCase()}, not active`, [
      'input',
      'agreementId',
    ]);
  }
}
