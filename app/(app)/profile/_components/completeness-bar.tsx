/** A labelled progress bar; plain markup so both the page and the dashboard card can render it on the server. */
export function CompletenessBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
    >
      {/* An SVG bar, not a styled div: the CSP allows no inline style attributes. */}
      <svg aria-hidden viewBox="0 0 100 1" preserveAspectRatio="none" className="block h-full w-full">
        <rect width={Math.max(0, Math.min(100, percent))} height="1" className="fill-brand-600" />
      </svg>
    </div>
  );
}
