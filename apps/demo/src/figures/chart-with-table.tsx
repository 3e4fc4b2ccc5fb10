import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** GOV.UK-palette colours with enough contrast against white. */
const COLOURS = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c'];

export interface Series {
  readonly key: string;
  readonly label: string;
}

/**
 * A bar chart (recharts, SVG) with the same figures in a table beside it: the table is what a
 * screen reader and a keyboard user read; the chart is a picture of it, labelled as one.
 */
export function ChartWithTable({
  id,
  title,
  data,
  category,
  categoryLabel,
  series,
  format = (value) => String(value),
  axisFormat = format,
  note,
}: {
  readonly id: string;
  readonly title: string;
  readonly data: readonly Record<string, string | number>[];
  readonly category: string;
  readonly categoryLabel: string;
  readonly series: readonly Series[];
  /** Formats a figure in the table and the tooltip. */
  readonly format?: (value: number) => string;
  /** Formats the value axis's ticks; `format` when left out. */
  readonly axisFormat?: (value: number) => string;
  readonly note?: ReactNode;
}) {
  return (
    <section className="chart-figure" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <h3 className="govuk-heading-s" id={`${id}-title`}>
        {title}
      </h3>
      {note && <p className="govuk-body-s">{note}</p>}
      <div className="chart-figure__body">
        <div
          className="chart-figure__chart"
          role="img"
          aria-label={`Bar chart: ${title}. The table gives the figures.`}
        >
          <ResponsiveContainer width="100%" height={240}>
            <BarChart
              data={[...data]}
              margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey={category} tick={{ fontSize: 12 }} interval={0} />
              <YAxis
                tick={{ fontSize: 12 }}
                width={48}
                tickFormatter={(value: number) => axisFormat(value)}
              />
              <Tooltip formatter={(value) => format(Number(value))} />
              {series.length > 1 && <Legend />}
              {series.map((item, index) => (
                <Bar
                  key={item.key}
                  dataKey={item.key}
                  name={item.label}
                  fill={COLOURS[index % COLOURS.length]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="govuk-table wrap-table chart-figure__table">
          <caption className="govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {categoryLabel}
              </th>
              {series.map((item) => (
                <th
                  key={item.key}
                  scope="col"
                  className="govuk-table__header govuk-table__header--numeric"
                >
                  {item.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.map((row) => (
              <tr className="govuk-table__row" key={String(row[category])}>
                <th scope="row" className="govuk-table__header">
                  {row[category]}
                </th>
                {series.map((item) => (
                  <td key={item.key} className="govuk-table__cell govuk-table__cell--numeric">
                    {typeof row[item.key] === 'number'
                      ? format(row[item.key] as number)
                      : (row[item.key] ?? '–')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
