import type { HTMLAttributes } from "react";

// No "use client": server and client components both render it.

export type CardPadding = "sm" | "md" | "lg";

const paddings: Record<CardPadding, string> = { sm: "p-3", md: "p-4", lg: "p-5" };

export type CardProps = HTMLAttributes<HTMLElement> & {
  /** The element: a list's item is an <li>, a titled block a <section>. */
  as?: "div" | "li" | "section" | "article";
  padding?: CardPadding;
};

/** A white, bordered block: a figure, a proposed pair or group, a person without a place. `className` is for layout. */
export function Card({ as: Tag = "div", padding = "md", className, ...props }: CardProps) {
  return <Tag className={["min-w-0 rounded-lg border border-stone-200 bg-white", paddings[padding], className].filter(Boolean).join(" ")} {...props} />;
}
