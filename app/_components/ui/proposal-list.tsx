import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "./card";

// The server-rendered parts of a proposal's review screen (the matching round's pairs, the co-development
// groups): the page composes them with its own wording, and ui/proposal-review.tsx adds the controls.

export type ProposalScreenProps = {
  backHref: string;
  backLabel: string;
  title: string;
  intro: string;
  /** A line under the intro (the groups' size and cadence). */
  note?: string;
  /** Label and value of each headline figure; none before a first proposal. */
  figures?: Array<[label: string, value: string]>;
  /** Said once the proposal is published, with the date. */
  publishedText?: string;
  children: ReactNode;
};

/** The frame of a review screen: the way back, the title, what the screen is for, the figures and the published notice. */
export function ProposalScreen({ backHref, backLabel, title, intro, note, figures, publishedText, children }: ProposalScreenProps) {
  return (
    <>
      <Link href={backHref} className="text-sm text-brand-700 underline">
        {backLabel}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{intro}</p>
      {note && <p className="mt-1 max-w-2xl text-sm text-stone-600">{note}</p>}
      {figures && figures.length > 0 && (
        <dl className="mt-6 grid gap-3 sm:grid-cols-3">
          {figures.map(([label, value]) => (
            <Card key={label}>
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
            </Card>
          ))}
        </dl>
      )}
      {publishedText && <p className="mt-4 rounded-md bg-brand-50 p-3 text-brand-900">{publishedText}</p>}
      {children}
    </>
  );
}

export type ProposalListProps = {
  /** The heading's id; the section is a region named by it. */
  id: string;
  title: string;
  /** A sentence under the heading (how to adjust the list). */
  hint?: string;
  /** Shown instead of the list when it has nothing ("Every mentee has a mentor."). */
  emptyText?: string;
  /** Two columns on wide screens, for items as tall as a group. */
  columns?: 1 | 2;
  /** Below the list, inside the section (the swap button). */
  footer?: ReactNode;
  /** ProposalItem elements. */
  children?: ReactNode;
};

/** One titled list of a proposal: the proposed pairs or groups, or the people it could not place. */
export function ProposalList({ id, title, hint, emptyText, columns = 1, footer, children }: ProposalListProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {hint && <p className="mt-1 text-sm text-stone-600">{hint}</p>}
      {emptyText ? <p className="mt-2 text-stone-700">{emptyText}</p> : <ul className={`mt-3 grid gap-3 ${columns === 2 ? "lg:grid-cols-2" : ""}`}>{children}</ul>}
      {footer}
    </section>
  );
}

/** An item of a ProposalList: a card; `compact` for a person without a place. */
export function ProposalItem({ compact = false, children }: { compact?: boolean; children: ReactNode }) {
  return (
    <Card as="li" padding={compact ? "sm" : "md"}>
      {children}
    </Card>
  );
}

/** Why a pair was proposed, or why someone has no place: one sentence each. */
export function ReasonList({ reasons, className = "mt-2" }: { reasons: string[]; className?: string }) {
  return (
    <ul className={`${className} list-disc pl-5 text-sm text-stone-700`}>
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}
