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
      <span
        aria-hidden
        className="inline-block h-3 w-3 rounded-sm border border-stone-400"
        style={hatched ? { backgroundImage: "repeating-linear-gradient(45deg, #78716c 0 2px, #fafaf9 2px 5px)" } : { backgroundColor: color }}
      />
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
