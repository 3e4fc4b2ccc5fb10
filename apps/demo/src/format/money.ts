const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Integer pence as pounds: 1965600 → "£19,656.00". */
export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}
