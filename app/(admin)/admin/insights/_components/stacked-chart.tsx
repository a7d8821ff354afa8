import { ChartSvg, chartColors, hatch } from "./chart-svg";

export type StackedRow = { key: string; label: string; segments: (number | null)[] | null; note?: string };

const ROW = 46;
const BAR = 20;
const HIDDEN = 12;

/**
 * One bar per row, split into segments (the ladder's steps), on a scale of people so that departments of
 * different sizes compare. A hidden segment is a narrow hatched block; a hidden row shows only its note.
 */
export function StackedChart({ id, title, desc, rows, width: WIDTH }: { id: string; title: string; desc: string; rows: StackedRow[]; width: number }) {
  const total = (row: StackedRow) => (row.segments ?? []).reduce<number>((n, v) => n + (v ?? 0), 0);
  const hiddenWidth = (row: StackedRow) => (row.segments ?? []).filter((v) => v === null).length * HIDDEN;
  const available = WIDTH - 40 - Math.max(0, ...rows.map(hiddenWidth));
  const scale = available / Math.max(1, ...rows.map(total));
  return (
    <ChartSvg id={id} width={WIDTH} height={rows.length * ROW + 4} title={title} desc={desc}>
      {rows.map((row, i) => {
        const y = i * ROW;
        let x = 0;
        return (
          <g key={row.key}>
            <text x={0} y={y + 14} fill={chartColors.text} fontWeight={500}>
              {row.label}
            </text>
            {row.segments === null ? (
              <text x={0} y={y + 34} fill={chartColors.muted}>
                {row.note}
              </text>
            ) : (
              row.segments.map((value, level) => {
                const width = value === null ? HIDDEN : value * scale;
                const start = x;
                x += width;
                if (width === 0) return null;
                return (
                  <g key={level}>
                    <rect x={start} y={y + 20} width={width} height={BAR} fill={value === null ? hatch(id) : chartColors.levels[level]} stroke="#ffffff" strokeWidth={1} />
                    {value !== null && width >= 22 && (
                      <text x={start + width / 2} y={y + 34} textAnchor="middle" fontSize={12} fill={chartColors.levelText[level]}>
                        {value}
                      </text>
                    )}
                  </g>
                );
              })
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
}
