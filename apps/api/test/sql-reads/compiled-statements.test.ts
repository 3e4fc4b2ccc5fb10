import { schema } from '@openpb/graphql/schema';
import { compileRead } from '@openpb/graphql/sql-reads/compile-read';
import {
  everyPersonField,
  onePersonEveryField,
} from '@openpb/graphql/sql-reads/every-compiled-field';
import { NotCompilable } from '@openpb/graphql/sql-reads/fallback';
import { readStatement } from '@openpb/graphql/sql-reads/read-statement';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CASELOAD } from '../../src/testing/caseload-query.ts';

/**
 * The compiled statements as committed SQL (D80): a change to the SQL the compiled read writes
 * shows in review as a diff of these files (`vitest -u` rewrites them), instead of being checked
 * by patterns over its text. That they answer as the resolvers do is
 * compiled-read-matches-resolvers.test.ts; their statement counts, caseload-statements.test.ts.
 */
function statementOf(query: string) {
  const read = compileRead(schema, parse(query), undefined);
  if (!read || read instanceof NotCompilable) throw new Error(`Not compiled: ${read?.message}`);
  const statement = readStatement(read);
  // the root pages' limits are written into the text per request: {page0}, … (D101)
  return `-- root pages in the text: ${statement.inlinedPages.length}\n-- parameters: ${statement.slots.map((slot) => slot.kind).join(', ')}\n${statement.template}\n`;
}

describe('the compiled statements (D80)', () => {
  it('of the caseload', async () => {
    await expect(statementOf(CASELOAD)).toMatchFileSnapshot('./__snapshots__/caseload.sql');
  });

  it('of a page of people with every compiled field', async () => {
    await expect(statementOf(everyPersonField(schema))).toMatchFileSnapshot(
      './__snapshots__/people-every-field.sql',
    );
  });

  it('of one person by id, audited in the statement itself (D105)', async () => {
    await expect(
      statementOf(
        'query PersonById($id: ID!) { node(id: $id) { id ... on Person { givenName familyName birthDate } } }',
      ),
    ).toMatchFileSnapshot('./__snapshots__/person-by-id.sql');
  });

  it('of one person by id with every compiled field', async () => {
    await expect(statementOf(onePersonEveryField(schema))).toMatchFileSnapshot(
      './__snapshots__/person-by-id-every-field.sql',
    );
  });
});
