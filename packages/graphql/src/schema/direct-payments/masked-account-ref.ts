/** An account or card reference with all but its last four characters masked, for storage. */
export function maskedAccountRef(reference: string): string {
  const compact = reference.replace(/\s+/g, '');
  return `****${compact.slice(-4)}`;
}
