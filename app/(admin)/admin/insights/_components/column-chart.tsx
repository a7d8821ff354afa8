import { ChartSvg, chartColors, hatch, niceMax } from "./chart-svg";

export type ColumnGroup = { key: string; label: string; sublabel?: string; planned: number | null; held: number | null };

const HEIGHT = 220;
const LEFT = 30;
const BOTTOM = 34;
const TOP = 8;

/**
 * Two columns per month (planned, held) on a shared scale with three gridlines. Month labels thin out when
 * the period is long; a hidden month is a hatched stub at the baseline.
 */
export function ColumnChart({ id, title, desc, groups, width: WIDTH }: { id: string; title: string; desc: string; groups: ColumnGroup[]; width: number }) {
  const max = niceMax(Math.max(0, ...groups.map((g) => Math.max(g.planned ?? 0, g.held ?? 0))));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, groups.length);
  const bar = Math.max(2, Math.min(14, slot * 0.36));
  // A label every so many months, so that labels keep about 40 units each.
  const every = Math.ceil(groups.length / Math.floor((WIDTH - LEFT) / 40));
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  return (
    <ChartSvg id={id} width={WIDTH} height={HEIGHT} title={title} desc={desc}>
      {[0, max / 2, max].map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke={chartColors.grid} />
          <text x={LEFT - 4} y={y(tick) + 4} textAnchor="end" fontSize={11} fill={chartColors.muted}>
            {Number.isInteger(tick) ? tick : tick.toFixed(1)}
          </text>
        </g>
      ))}
      {groups.map((g, i) => {
        const x = LEFT + i * slot + (slot - 2 * bar - 2) / 2;
        const hidden = g.planned === null;
        return (
          <g key={g.key}>
            {hidden ? (
              <rect x={x} y={y(0) - 10} width={2 * bar + 2} height={10} fill={hatch(id)} stroke={chartColors.secondary} />
            ) : (
              <>
                <rect x={x} y={y(g.planned ?? 0)} width={bar} height={y(0) - y(g.planned ?? 0)} fill={chartColors.secondary} />
                <rect x={x + bar + 2} y={y(g.held ?? 0)} width={bar} height={y(0) - y(g.held ?? 0)} fill={chartColors.primary} />
              </>
            )}
            {i % every === 0 && (
              <text x={LEFT + i * slot + slot / 2} y={HEIGHT - BOTTOM + 14} textAnchor="middle" fontSize={11} fill={chartColors.text}>
                {g.label}
                {g.sublabel && (
                  <tspan x={LEFT + i * slot + slot / 2} dy={13} fill={chartColors.muted}>
                    {g.sublabel}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
}
