import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

// No "use client": a plain element with classes, so a server component renders it without shipping code,
// and a client component may import it too.

export type ButtonVariant = "primary" | "secondary" | "danger" | "dangerOutline";
/** xs: a control inside a row or card (normal weight); sm: a page-level link beside a heading; md: a form's button; lg: the home page's call to action. */
export type ButtonSize = "xs" | "sm" | "md" | "lg";

// The classes themselves are in app/globals.css (.btn-*): a button carries three short classes.
const variants: Record<ButtonVariant, string> = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  danger: "btn-danger",
  dangerOutline: "btn-danger-outline",
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/**
 * The classes of a button, for the few elements that are not a <button> or a <Link> (a <summary>, a label).
 * `className` is for layout only (margin, width, self-alignment): colours and padding come from the variant
 * and size, since Tailwind cannot tell which of two conflicting classes was meant.
 */
export function buttonClass({ variant = "primary", size = "md", className }: ButtonStyle = {}): string {
  return ["btn", variants[variant], `btn-${size}`, className].filter(Boolean).join(" ");
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Omit<ButtonStyle, "className">;

/** A button; `type` defaults to "button", so a submit button says so. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & Omit<ButtonStyle, "className">;

/** A link that looks like a button: for navigation (a new programme, the sign-in page), never for an action. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClass({ variant, size, className: ["inline-block", className].filter(Boolean).join(" ") })} {...props} />;
}
