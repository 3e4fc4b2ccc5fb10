import { createHash, randomUUID } from 'node:crypto';
import type { DomainEventType } from '@openpb/domain/events/domain-event-type';
import {
  DOMAIN_EVENT_PARAMETERS,
  domainEventInsert,
  uuidV7,
} from '@openpb/graphql/events/event-collector';
import type pg from 'pg';

/**
 * The floor of the write contender (issue 16 item 4): each mutation as the same INSERTs and
 * UPDATEs the API makes — the row, its domain event (the outbox's statement, D36) and its audit
 * row, those two in one statement as the API writes them (D110) — in one transaction of named
 * prepared statements, and nothing else: no look-ups before writing, no validation, no GraphQL,
 * no token. A row that is not there (consumed, or not prepared) rolls back and answers an error.
 */

const SUBJECT = 'staff:team-manager';
type Variables = Record<string, unknown> | undefined;

const databaseId = (globalId: unknown) =>
  typeof globalId === 'string'
    ? (Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '')
    : '';
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

// run alongside the events' statement (D110), so its parameters are numbered after theirs
const $ = (n: number) => `$${DOMAIN_EVENT_PARAMETERS + n}`;
const AUDIT_SQL = `INSERT INTO audit_log (council_id, actor_subject, kind, operation, entity, entity_ids, outcome)
  VALUES (${$(1)}, ${$(2)}, 'WRITE', ${$(3)}, ${$(4)}, ARRAY[${$(5)}::uuid], 'OK')`;

async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T | null>,
): Promise<T | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query(result === null ? 'ROLLBACK' : 'COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function eventAndAudit(
  client: pg.PoolClient,
  councilId: string,
  event: {
    type: DomainEventType;
    personId: string | null;
    entity: string;
    id: string;
    operation: string;
  },
) {
  const insert = domainEventInsert(
    [
      {
        id: uuidV7(),
        type: event.type,
        version: 1,
        personId: event.personId,
        organisationId: null,
        subject: event.id,
        payload: { id: event.id },
      },
    ],
    councilId,
    new Date(),
    null,
    { text: AUDIT_SQL, values: [councilId, SUBJECT, event.operation, event.entity, event.id] },
  );
  await client.query({ name: 'floor_event_and_audit', text: insert.text, values: insert.values });
}

const CREATE_PERSON_SQL = `INSERT INTO person (id, council_id, la_person_id, given_name, family_name, birth_date,
    gender, ethnicity, postcode, client_type, primary_support_reason, accommodation_status,
    mental_capacity_for_dp, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now())`;

export function createPersonFloor(pool: pg.Pool, councilId: string, variables: Variables) {
  const input = (variables?.input ?? {}) as Record<string, string>;
  return inTransaction(pool, async (client) => {
    const id = uuidV7();
    await client.query({
      name: 'floor_create_person',
      text: CREATE_PERSON_SQL,
      values: [
        id,
        councilId,
        input.laPersonId,
        input.givenName,
        input.familyName,
        input.birthDate,
        input.gender,
        input.ethnicity,
        input.postcode,
        input.clientType,
        input.primarySupportReason,
        input.accommodationStatus,
        input.mentalCapacityForDp,
      ],
    });
    await eventAndAudit(client, councilId, {
      type: 'person.created',
      personId: id,
      entity: 'Person',
      id,
      operation: 'createPerson',
    });
    return {
      data: {
        createPerson: {
          __typename: 'MutationCreatePersonSuccess',
          person: { id: globalId('Person', id) },
        },
      },
    };
  });
}

const PAY_SQL = `UPDATE direct_payment SET status = 'PAID', paid_date = $3::date
  WHERE id = $1 AND council_id = $2 AND status = 'SCHEDULED'
  RETURNING agreement_id, net_amount_pence`;
const LEDGER_SQL = `INSERT INTO account_transaction (id, council_id, agreement_id, kind, posted_date,
    amount_pence, counterparty_name, counterparty_type, payment_id)
  VALUES ($1, $2, $3, 'PAYMENT_IN', $4::date, $5, 'Council direct payment', 'LA', $6)`;
const IDEMPOTENCY_SQL = `INSERT INTO idempotency_record (council_id, key, operation, payload_hash, result_id)
  VALUES ($1, $2, 'recordDirectPayment', $3, $4)`;

export function recordDirectPaymentFloor(pool: pg.Pool, councilId: string, variables: Variables) {
  const input = (variables?.input ?? {}) as Record<string, string>;
  const paymentId = databaseId(input.paymentId);
  return inTransaction(pool, async (client) => {
    const paid = await client.query<{ agreement_id: string; net_amount_pence: number }>({
      name: 'floor_pay',
      text: PAY_SQL,
      values: [paymentId, councilId, input.paidDate],
    });
    const payment = paid.rows[0];
    if (!payment) return null;
    await client.query({
      name: 'floor_ledger',
      text: LEDGER_SQL,
      values: [
        randomUUID(),
        councilId,
        payment.agreement_id,
        input.paidDate,
        payment.net_amount_pence,
        paymentId,
      ],
    });
    const payloadHash = createHash('sha256').update(`${paymentId}:${input.paidDate}`).digest('hex');
    await client.query({
      name: 'floor_idempotency',
      text: IDEMPOTENCY_SQL,
      values: [councilId, input.idempotencyKey, payloadHash, paymentId],
    });
    await eventAndAudit(client, councilId, {
      type: 'direct_payment.paid',
      personId: null,
      entity: 'DirectPayment',
      id: paymentId,
      operation: 'recordDirectPayment',
    });
    return {
      data: {
        recordDirectPayment: {
          __typename: 'MutationRecordDirectPaymentSuccess',
          payment: { id: globalId('DirectPayment', paymentId), status: 'PAID' },
        },
      },
    };
  });
}

const SUBMIT_SQL = `UPDATE support_plan SET status = 'SUBMITTED', submitted_at = now(), revision = revision + 1
  WHERE id = $1 AND council_id = $2 AND status = 'DRAFT' AND revision = $3
  RETURNING person_id`;

export function submitSupportPlanFloor(pool: pg.Pool, councilId: string, variables: Variables) {
  const input = (variables?.input ?? {}) as Record<string, unknown>;
  const planId = databaseId(input.planId);
  return inTransaction(pool, async (client) => {
    const submitted = await client.query<{ person_id: string }>({
      name: 'floor_submit',
      text: SUBMIT_SQL,
      values: [planId, councilId, input.expectedRevision],
    });
    const plan = submitted.rows[0];
    if (!plan) return null;
    await eventAndAudit(client, councilId, {
      type: 'support_plan.submitted',
      personId: plan.person_id,
      entity: 'SupportPlan',
      id: planId,
      operation: 'submitSupportPlan',
    });
    return {
      data: {
        submitSupportPlan: {
          __typename: 'MutationSubmitSupportPlanSuccess',
          plan: { id: globalId('SupportPlan', planId), status: 'SUBMITTED' },
        },
      },
    };
  });
}
