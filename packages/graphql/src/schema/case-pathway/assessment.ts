import type { Prisma } from '@openpb/db/client';
import { AssessmentFormat } from '@openpb/domain/code-lists/assessment-format';
import { AssessmentType } from '@openpb/domain/code-lists/assessment-type';
import { Complexity } from '@openpb/domain/code-lists/complexity';
import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { FacsBand } from '@openpb/domain/code-lists/facs-band';
import { Involvement } from '@openpb/domain/code-lists/involvement';
import {
  type CarerEligibilityDetermination,
  type EligibilityDetermination,
  isCarerDetermination,
} from '@openpb/domain/entities/assessment';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';
import {
  CarerEligibilityDeterminationRef,
  EligibilityDeterminationRef,
} from './eligibility-determination.ts';
import { IndicativeBudgetRef } from './indicative-budget.ts';

/** The indicative budgets calculated from an assessment, newest first. */
const ASSESSMENT_INDICATIVE_BUDGETS: ChildRelation<Prisma.IndicativeBudgetGetPayload<object>> = {
  model: 'IndicativeBudget',
  parentField: 'assessmentId',
  orderBy: [
    ['calculatedAt', 'DESC'],
    ['id', 'DESC'],
  ],
};
const assessmentIndicativeBudgetsPages = prismaConnectionHelpers(builder, 'IndicativeBudget', {
  cursor: 'id',
});

type StoredDetermination = EligibilityDetermination | CarerEligibilityDetermination | null;

export const AssessmentRef = builder.prismaNode('Assessment', {
  authScopes: STAFF_ONLY,
  description:
    'A needs or carer’s assessment (Care Act s9/s10; CLD Assessment event, long or short term).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    request: t.relation('request', { nullable: true, description: 'The request it followed.' }),
    type: t.expose('type', { type: codeEnum(AssessmentType) }),
    format: t.expose('format', {
      type: codeEnum(AssessmentFormat),
      description: 'How it was carried out, e.g. a supported self-assessment (SG 6.3).',
    }),
    involvement: t.expose('involvement', {
      type: codeEnum(Involvement),
      description: 'CLD Method of Assessment: who took part.',
    }),
    startDate: t.field({ type: 'Date', resolve: (row) => row.startDate }),
    completedDate: t.field({ type: 'Date', nullable: true, resolve: (row) => row.completedDate }),
    assessor: t.relation('assessor'),
    countersignedBy: t.relation('countersignedBy', {
      nullable: true,
      description: 'The registered social worker who countersigned it, when I-6 needed one.',
    }),
    complexity: t.expose('complexity', { type: codeEnum(Complexity) }),
    outcome: t.expose('outcome', {
      type: codeEnum(EventOutcomeR2),
      nullable: true,
    }),
    eligibility: t.field({
      type: EligibilityDeterminationRef,
      nullable: true,
      description:
        'The adult’s eligibility determination (reg 2); only long-term assessments have one.',
      resolve: (row) => {
        const stored = row.eligibility as unknown as StoredDetermination;
        return stored === null || isCarerDetermination(stored) ? null : stored;
      },
    }),
    carerEligibility: t.field({
      type: CarerEligibilityDeterminationRef,
      nullable: true,
      description: 'A carer’s eligibility determination (reg 3), for a carer’s assessment.',
      resolve: (row) => {
        const stored = row.eligibility as unknown as StoredDetermination;
        return stored !== null && isCarerDetermination(stored) ? stored : null;
      },
    }),
    legacyFacsBand: t.expose('legacyFacsBand', {
      type: codeEnum(FacsBand),
      nullable: true,
      description: 'The FACS band (2003–2015) of a legacy record.',
    }),
    indicativeBudgets: t.connection({
      type: IndicativeBudgetRef,
      description: 'Indicative budgets calculated from this assessment, newest first.',
      resolve: childPage(assessmentIndicativeBudgetsPages, ASSESSMENT_INDICATIVE_BUDGETS),
    }),
  }),
});
