import {
  type GraphQLArgument,
  type GraphQLInputField,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';

// One global-id format across the API (issue 13 item 4, D31): every argument and input field that
// takes an id — typed ID, or named …Id / …Ids — is a Relay global id (`t.arg.globalID`,
// `t.globalID`, parsed and checked by the relay plugin), never a raw database UUID. This walks the
// schema that prints schema.graphql, since only it knows which ID inputs are global ids.

/** Id inputs that are not `t.globalID`, each with its reason. */
const ALLOWED: Record<string, string> = {
  'CreatePersonInput.laPersonId': 'not a record id: the council’s own person number (LA_Person_ID)',
  'PlanLineInput.providerCqcLocationId': 'not a record id: the CQC’s location id',
  'SetPlanLineCqcLocationInput.providerCqcLocationId': 'not a record id: the CQC’s location id',
  'BudgetDeploymentInput.managedByOrganisationId':
    'STILL A RAW UUID, validated by the domain’s personalBudgetInputSchema: to convert (D31)',
  // Global ids already, parsed and type-checked by idOfType (direct-payment-rows.ts) in the
  // resolver, which answers a wrong type like a missing record; to move to t.globalID (D31).
  ...Object.fromEntries(
    [
      'CompleteAuditInput.agreementId',
      'CompleteRecoveryInput.recoveryId',
      'NotifyRecoveryInput.recoveryId',
      'RaiseRecoveryInput.agreementId',
      'RaiseRecoveryInput.auditId',
      'RecordAccountTransactionInput.agreementId',
      'RecordAccountTransactionInput.matchedPlanLineId',
      'RecordDirectPaymentInput.paymentId',
      'RecordPaEmploymentInput.agreementId',
      'ScheduleDirectPaymentsInput.agreementId',
      'SetUpDirectPaymentInput.cardProviderOrganisationId',
      'SetUpDirectPaymentInput.deploymentId',
      'SetUpDirectPaymentInput.representativeId',
      'SubmitSpendInput.agreementId',
      'SubmitSpendInput.matchedPlanLineId',
    ].map((where) => [where, 'a global id parsed by idOfType']),
  ),
};

type IdInput = { where: string; input: GraphQLArgument | GraphQLInputField };

function idInputs(): IdInput[] {
  const found: IdInput[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args)
          found.push({ where: `${type.name}.${field.name}(${arg.name})`, input: arg });
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        found.push({ where: `${type.name}.${field.name}`, input: field });
    }
  }
  return found.filter(
    ({ input }) => getNamedType(input.type).name === 'ID' || /Ids?$/.test(input.name),
  );
}

const isGlobalId = (input: IdInput['input']) =>
  (input.extensions as { isRelayGlobalID?: boolean } | undefined)?.isRelayGlobalID === true;

describe('one global-id format', () => {
  it('finds the id inputs it checks', () => {
    expect(idInputs().length).toBeGreaterThan(20);
  });

  it('allows only inputs that exist', () => {
    const wheres = new Set(idInputs().map(({ where }) => where));
    expect(Object.keys(ALLOWED).filter((where) => !wheres.has(where))).toEqual([]);
  });

  it('takes every id argument and input field as a Relay global id', () => {
    const raw = idInputs()
      .filter(({ where }) => !(where in ALLOWED))
      .filter(({ input }) => !isGlobalId(input))
      .map(({ where, input }) => `${where}: ${String(input.type)}`);
    expect(raw).toEqual([]);
  });
});
