/** A CLD CSV's rows by header; a quoted cell may hold commas (labels such as ethnicities do). */
export function cldCsvRows(csv: string): Record<string, string>[] {
  const cells = (line: string) => {
    const found: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i];
      if (quoted && char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (char === ',' && !quoted) {
        found.push(cell);
        cell = '';
      } else {
        cell += char;
      }
    }
    return [...found, cell];
  };
  const [header = '', ...lines] = csv.split('\r\n').filter(Boolean);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(cells(line).map((cell, i) => [names[i], cell])));
}
