import { AssessmentType } from '@openpb/domain/code-lists/assessment-type';
import { type CodeList, isCode, labelOf } from '@openpb/domain/code-lists/code-list';
import { DirectPaymentAgreementStatus } from '@openpb/domain/code-lists/direct-payment-agreement-status';
import { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import { RouteOfAccess } from '@openpb/domain/code-lists/route-of-access';
import { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import { formatPounds } from '@openpb/domain/money';
import type { TimelineEventKind } from './timeline-event-kinds.ts';

/** The facts of one timeline row that its summary needs. */
export interface TimelineFacts {
  readonly kind: TimelineEventKind;
  /** A code of the row (route, type, status, reason) or, for an indicative budget, weekly pence. */
  readonly detail: string;
  /** Whether the event is finished (a request closed, an assessment or review completed). */
  readonly done: boolean;
}

function label<C extends string>(list: CodeList<C>, code: string): string {
  return isCode(list, code) ? labelOf(list, code, 'R2') : code;
}

/** One line describing a timeline entry, with national labels rather than codes. */
export function timelineSummary({ kind, detail, done }: TimelineFacts): string {
  switch (kind) {
    case 'REQUEST':
      return `Request for support received (${label(RouteOfAccess, detail)})${done ? ', closed' : ''}`;
    case 'ASSESSMENT':
      return `${label(AssessmentType, detail)} ${done ? 'completed' : 'started'}`;
    case 'INDICATIVE_BUDGET':
      return `Indicative budget of ${formatPounds(Number(detail))} a week calculated`;
    case 'SUPPORT_PLAN':
      return `Support plan starts (${label(SupportPlanStatus, detail)})`;
    case 'PERSONAL_BUDGET':
      return `Personal budget takes effect (${label(PersonalBudgetStatus, detail)})`;
    case 'DIRECT_PAYMENT_AGREEMENT':
      return `Direct payment agreement starts (${label(DirectPaymentAgreementStatus, detail)})`;
    case 'REVIEW':
      return `Review (${label(ReviewReason, detail)}) ${done ? 'completed' : 'due'}`;
    case 'SAFEGUARDING_CONCERN':
      return detail === 'true'
        ? 'Safeguarding concern raised, affecting the direct payment'
        : 'Safeguarding concern raised';
  }
}
