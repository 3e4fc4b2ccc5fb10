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
// Outputs too (D67): no field typed ID exposes a database column as it is (`t.exposeID`), except
// a node's own `id`, which the relay plugin encodes.

/** Id inputs that are not `t.globalID`, each with its reason. */
const ALLOWED: Record<string, string> = {
  'CreatePersonInput.laPersonId': 'not a record id: the council’s own person number (LA_Person_ID)',
  'PlanLineInput.providerCqcLocationId': 'not a record id: the CQC’s location id',
  'SetPlanLineCqcLocationInput.providerCqcLocationId': 'not a record id: the CQC’s location id',
  // Global ids already, parsed and type-checked by idOfType (direct-payment-rows.ts) in the
  // resolver, which answers a wrong type like a missing record; to move to t.globalID (D31).
  ...Object.fromEntries(
    [
      'AcceptSpendSubmissionInput.submissionId',
      'RejectSpendSubmissionInput.submissionId',
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

/** Output ID fields that expose a column as it is, each with its reason. */
const ALLOWED_OUTPUTS: Record<string, string> = {
  'DomainEvent.id': 'not a record of the API: the event’s own id, for deduplication by receivers',
  'DomainEvent.subject': 'stored as a global id already (the outbox row holds node(id:)’s id)',
  'WebhookDelivery.eventId': 'the DomainEvent.id it delivers (not a node)',
};

/** Output fields typed ID (or [ID]) that expose a database column as it is. */
function rawIdOutputs(): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const exposed = (field.extensions as { pothosExposedField?: string } | undefined)
        ?.pothosExposedField;
      if (getNamedType(field.type).name === 'ID' && exposed !== undefined)
        found.push(`${type.name}.${field.name}`);
    }
  }
  return found;
}

describe('one global-id format', () => {
  it('returns no database id as it is in an ID field', () => {
    expect(rawIdOutputs().filter((where) => !(where in ALLOWED_OUTPUTS))).toEqual([]);
    expect(Object.keys(ALLOWED_OUTPUTS).filter((where) => !rawIdOutputs().includes(where))).toEqual(
      [],
    );
  });

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
