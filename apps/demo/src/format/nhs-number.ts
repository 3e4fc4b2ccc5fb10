/** "9991234567" → "999 123 4567", the way NHS numbers are printed. */
export function formatNhsNumber(nhsNumber: string): string {
  return /^\d{10}$/.test(nhsNumber)
    ? `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`
    : nhsNumber;
}
