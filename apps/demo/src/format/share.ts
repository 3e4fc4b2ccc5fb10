/** A share of a total as a whole-number percentage ("0%" for an empty total). */
export function formatShare(part: number, total: number): string {
  if (total <= 0) return '0%';
  return `${Math.round((part / total) * 100)}%`;
}
