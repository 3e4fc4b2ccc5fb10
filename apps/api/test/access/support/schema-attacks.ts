import type { PrismaClient } from '@openpb/db/client';
import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { globalId } from '../../support/fixtures.ts';

// What the generated attack suites share: well-formed but arbitrary inputs built from the schema,
// and a count of every row, to prove that a refused request wrote nothing.

/** A well-formed id of no record. */
export const NO_RECORD = '0190a7c0-0000-7000-8000-00000000beef';

const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Pence: 100,
  Date: '2026-06-01',
  DateTime: '2026-06-01T09:00:00Z',
};

/** The record type a Relay global-ID input field takes (Pothos notes it in the field's extensions). */
function globalIdTarget(extensions: unknown): string {
  const targets = (extensions as { relayGlobalIDFor?: { typename: string }[] } | undefined)
    ?.relayGlobalIDFor;
  return targets?.[0]?.typename ?? 'Person';
}

/**
 * A value of `type` with only its required fields: `personGlobalId` (a real person of the
 * council) for ids of people, a well-formed id of the right type for the rest.
 */
export function sample(type: GraphQLInputType, personGlobalId: string, target = 'Person'): unknown {
  if (isNonNullType(type)) return sample(type.ofType, personGlobalId, target);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [
          field.name,
          sample(field.type, personGlobalId, globalIdTarget(field.extensions)),
        ]),
    );
  }
  if (isScalarType(type) && type.name === 'ID') {
    return target === 'Person' ? personGlobalId : globalId(target, NO_RECORD);
  }
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? 'x';
  return null;
}

/**
 * Rows in every table but the audit log and the rate limiter's buckets (D85): a caller's first
 * request, refused or not, starts its bucket — a count of requests, not business data.
 */
export async function totalRows(db: PrismaClient): Promise<number> {
  const tables = await db.$queryRaw<{ table: string }[]>`
    SELECT relname AS table FROM pg_stat_user_tables
    WHERE schemaname = 'public' AND relname NOT IN ('audit_log', 'request_rate_limit')
    ORDER BY relname`;
  let total = 0;
  for (const { table } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${table}"`,
    );
    total += row?.count ?? 0;
  }
  return total;
}

/** The newest audit row id, to find the rows a request wrote. */
export async function lastAuditId(db: PrismaClient): Promise<bigint> {
  const last = await db.auditLogEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0n;
}

/** The bearer token with its claims changed but its signature kept: a forgery. */
export function tamper(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const original = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
  const changed = Buffer.from(JSON.stringify({ ...original, ...claims })).toString('base64url');
  return `${header}.${changed}.${signature}`;
}
