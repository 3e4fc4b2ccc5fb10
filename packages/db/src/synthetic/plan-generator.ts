import type { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import { deliveryMechanismOfDeployment } from '@openpb/domain/code-lists/deployment-mode';
import type { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import { addDays } from '@openpb/domain/dates';
import type { SyntheticBudget } from './budget-generator.ts';
import type { CouncilSetup } from './council-setup.ts';
import type { OrganisationRow } from './organisation-generator.ts';
import { type CostedLine, costLines } from './plan-lines.ts';
import { planOutcomes } from './plan-outcomes.ts';
import type { Random } from './random.ts';
import { recipesFor, type SupportProfile } from './service-catalogue.ts';
import type { StaffRow } from './staff-generator.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type SupportPlanRow = TableRows['supportPlan'];
export type SupportPlanLineRow = TableRows['supportPlanLine'];

export interface PlannedLine extends CostedLine {
  readonly row: SupportPlanLineRow;
  readonly deploymentMode: DeploymentMode;
}

export interface GeneratedPlan {
  readonly row: SupportPlanRow;
  readonly lines: readonly PlannedLine[];
}

/** Lines per deployment: 3–6 in all; a mixed package splits them between its parts. */
function lineCounts(random: Random, deployments: number): number[] {
  return deployments === 1 ? [random.int(3, 6)] : [random.int(2, 4), random.int(1, 2)];
}

/**
 * The plan version behind a budget version: two to four personal outcomes and costed lines for
 * each deployment, whose weekly costs add up exactly to the deployment (so the plan's annual cost
 * equals the budget, I-2), coded with CLD service types, components and delivery mechanisms.
 */
export function generatePlan(
  random: Random,
  context: {
    setup: CouncilSetup;
    personId: string;
    budget: SyntheticBudget;
    supersedesId: string | null;
    unableToAchieve: readonly EligibilityOutcome[];
    preparedBy: StaffRow;
    approvedBy: StaffRow;
    profile: SupportProfile;
    isfProvider: OrganisationRow | null;
  },
): GeneratedPlan {
  const { budget, setup } = context;
  const current = budget.status === 'SIGNED_OFF';
  const planId = random.uuid();
  const start = budget.effectiveFrom;
  const submitted = addDays(start, -random.int(2, 8));
  const counts = lineCounts(random, budget.deployments.length);
  const lines: PlannedLine[] = [];
  budget.deployments.forEach((deployment, index) => {
    const recipes = recipesFor(deployment.mode, context.profile);
    const costed = costLines(
      random,
      deployment.annualAmountPence / 52,
      counts[index] ?? 1,
      recipes,
    );
    for (const line of costed) {
      const provider =
        deployment.mode === 'DIRECT_PAYMENT'
          ? null
          : deployment.mode === 'ISF'
            ? context.isfProvider
            : line.recipe.provider
              ? random.pick(setup.organisations[line.recipe.provider])
              : null;
      lines.push({
        ...line,
        deploymentMode: deployment.mode,
        row: {
          id: random.uuid(),
          councilId: setup.council.id,
          planId,
          position: lines.length + 1,
          description: line.recipe.description,
          serviceType: recipes.serviceType,
          serviceComponent: line.recipe.serviceComponent,
          deliveryMechanism: deliveryMechanismOfDeployment(deployment.mode),
          fundingSource: 'LA',
          providerOrganisationId: provider?.id ?? null,
          // the provider's registered location, as CLD Provider_CQC_Location_ID/_Name
          providerCqcLocationId: provider?.cqcLocationId ?? null,
          providerCqcLocationName: provider?.cqcLocationId ? provider.name : null,
          unitCostPence: line.unitCostPence,
          costFrequency: line.recipe.costFrequency,
          plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths,
          weeklyCostPence: line.weeklyCostPence,
          startDate: start,
          endDate: budget.effectiveTo,
          status: current ? 'ACTIVE' : 'ENDED',
        },
      });
    }
  });
  const row: SupportPlanRow = {
    id: planId,
    councilId: setup.council.id,
    personId: context.personId,
    version: budget.version,
    revision: random.int(1, 3),
    status: current ? 'APPROVED' : 'SUPERSEDED',
    supersedesId: context.supersedesId,
    outcomes: planOutcomes(random, context.unableToAchieve),
    preparedById: context.preparedBy.id,
    delegationId: null,
    approvedById: context.approvedBy.id,
    startDate: start,
    endDate: budget.effectiveTo,
    firstReviewDueDate: addDays(
      start,
      random.chance(0.7) ? random.int(28, 42) : random.int(43, 56),
    ),
    // drawn within the guidance's latest first-review date, so no reason for a later one is needed
    firstReviewLaterReason: null,
    nextReviewDueDate: null,
    nextReviewLaterReason: null,
    submittedAt: timestampOn(submitted, 10),
    approvedAt: timestampOn(addDays(submitted, random.int(0, 2)), 15),
    rejectedAt: null,
    rejectedById: null,
    rejectionReason: null,
    createdAt: timestampOn(addDays(submitted, -random.int(1, 5)), 9),
  };
  return { row, lines };
}
