/**
 * The resource allocation model used when a council has configured none [P]. Points per
 * outcome the adult cannot achieve weight personal care above community participation, as the
 * common resource allocation framework does (S-19); £2.50 a point. The figures are placeholders
 * for a council to replace with its own calibrated model.
 */
import type { RasModel } from './resource-allocation.ts';

export const DEFAULT_RAS_MODEL: RasModel = {
  version: 'Open Personal Budgets default RAS 2025.1',
  pointsPerOutcome: {
    NUTRITION: 12,
    PERSONAL_HYGIENE: 12,
    TOILET_NEEDS: 14,
    APPROPRIATELY_CLOTHED: 8,
    USE_HOME_SAFELY: 10,
    HABITABLE_HOME: 6,
    RELATIONSHIPS: 6,
    WORK_TRAINING_EDUCATION_VOLUNTEERING: 5,
    COMMUNITY_FACILITIES_TRANSPORT: 6,
    CARING_FOR_CHILD: 8,
  },
  pointsPerFacsBand: { CRITICAL: 20, SUBSTANTIAL: 10 },
  pricing: { kind: 'PRICE_PER_POINT', pencePerPoint: 250 },
  minimumWeeklyPence: 2_500,
  maximumWeeklyPence: 150_000,
};
