import { ButtonLink } from "./ui/button";

/** The plain page for 403, 404 and friends: a heading, a sentence and a way back. */
export function StatusPage({ title, text, linkHref, linkLabel }: { title: string; text: string; linkHref?: string; linkLabel?: string }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <p aria-hidden className="mb-4 inline-block h-8 w-8 rounded-full border-4 border-brand-500" />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-stone-700">{text}</p>
      {linkHref && linkLabel && (
        <ButtonLink href={linkHref} className="mt-6 self-start">
          {linkLabel}
        </ButtonLink>
      )}
    </main>
  );
}
