import { ChartSvg, chartColors, hatch } from "./chart-svg";

export type BarRow = { key: string; label: string; value: number | null; valueText: string; note?: string };

const ROW = 46;
const BAR = 18;
/** About the width of a character at the chart's 13-unit font, for fitting a label beside its value. */
const CHAR = 7.2;

/** The label cut with an ellipsis where it would run into its value (the whole label is in the chart's description and table). */
function fitted(label: string, valueText: string, width: number): string {
  const room = Math.floor((width - (valueText.length + 2) * CHAR) / CHAR);
  return label.length <= room ? label : `${label.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/**
 * Horizontal bars with the label and the value on a line above each: readable on a phone because the text
 * never competes with the bars for width. A hidden value (fewer than five people) is a short hatched block.
 */
export function BarChart({ id, title, desc, rows, width: WIDTH }: { id: string; title: string; desc: string; rows: BarRow[]; width: number }) {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const scale = WIDTH / max;
  const height = rows.length * ROW + 4;
  return (
    <ChartSvg id={id} width={WIDTH} height={height} title={title} desc={desc}>
      {rows.map((row, i) => {
        const y = i * ROW;
        const width = row.value === null ? 14 : Math.max(row.value > 0 ? 2 : 0, row.value * scale);
        return (
          <g key={row.key}>
            <text x={0} y={y + 14} fill={chartColors.text} fontWeight={500}>
              {fitted(row.label, row.valueText + (row.note ? ` (${row.note})` : ""), WIDTH)}
            </text>
            <rect x={0} y={y + 20} width={width} height={BAR} rx={2} fill={row.value === null ? hatch(id) : chartColors.primary} stroke={row.value === null ? chartColors.secondary : "none"} />
            <text x={WIDTH} y={y + 14} textAnchor="end" fill={chartColors.muted}>
              {row.valueText}
              {row.note ? ` (${row.note})` : ""}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
}
