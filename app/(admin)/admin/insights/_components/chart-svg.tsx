import type { ReactNode } from "react";

// The pieces every insights chart shares: a scaling SVG with a title and a description for screen
// readers, and the hatch pattern that marks a cell hidden under the five-people rule.

export const chartColors = {
  text: "#1c1917",
  muted: "#57534e",
  grid: "#e7e5e4",
  primary: "#15806a",
  secondary: "#78716c",
  levels: ["#d6d3d1", "#7cc7b2", "#15806a", "#0b3b33"],
  levelText: ["#1c1917", "#1c1917", "#ffffff", "#ffffff"],
};

/** An SVG that scales to its box (viewBox), announced as one image with its title and description. */
export function ChartSvg({ id, width, height, title, desc, children }: { id: string; width: number; height: number; title: string; desc: string; children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      fontFamily="ui-sans-serif, system-ui, sans-serif"
      fontSize={13}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fafaf9" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={chartColors.secondary} strokeWidth="2" />
        </pattern>
      </defs>
      {children}
    </svg>
  );
}

export const hatch = (id: string) => `url(#${id}-hatch)`;

/** A swatch and its label, for legends drawn in HTML beside a chart. */
export function LegendItem({ color, label, hatched = false }: { color?: string; label: string; hatched?: boolean }) {
  return (
    <li className="flex items-center gap-1.5">
      {/* Drawn with SVG attributes rather than an inline style, which the CSP refuses. */}
      <svg aria-hidden viewBox="0 0 12 12" className="h-3 w-3 shrink-0 rounded-sm border border-stone-400">
        <rect width="12" height="12" fill={hatched ? "#fafaf9" : color} />
        {hatched && <path d="M-3 3L3 -3M0 12L12 0M9 15L15 9" stroke="#78716c" strokeWidth="2" />}
      </svg>
      {label}
    </li>
  );
}

/** A round number just above `max`, so that gridlines fall on readable values. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}
