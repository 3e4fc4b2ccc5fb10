import { builder } from './builder.ts';
import './schema/scalars.ts';
import './schema/errors.ts';
import './schema/connections/total-count.ts';
import './schema/council.ts';
import './schema/viewer.ts';
import './schema/person.ts';
import './schema/personal-budget.ts';
import './schema/people-query.ts';
import './schema/create-person-mutation.ts';
import './schema/audit-log.ts';
import './schema/delegated-people-query.ts';
import './schema/third-party/register.ts';
import './schema/representatives/register.ts';
import './schema/case-pathway/register.ts';
import './schema/planning/register.ts';
import './schema/direct-payments/register.ts';
import './schema/reporting/register.ts';
import './schema/people/register.ts';
import './schema/onboarding/register.ts';
import './schema/webhooks/register.ts';
import './schema/events/domain-events-subscription.ts';
import './schema/workspaces/register.ts';

builder.queryType({});
builder.mutationType({});

/** The executable schema. */
export const schema = builder.toSchema({ sortSchema: true });
