/**
 * The fictional council that the synthetic data set always contains first, so that development
 * tokens and the demo can name it without a database round trip. `990` is not a real CLD LA code.
 */
export const DEMO_COUNCIL = {
  id: '0190a7c0-0000-7000-8000-000000000990',
  laCode: '990',
  name: 'Eastmere Borough Council',
  region: 'East of England',
} as const;
