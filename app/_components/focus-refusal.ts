/** After a refused submit: the form's error summary (ui/form-error-summary.tsx), else the first field to fix. */
export function focusRefusal(form: HTMLFormElement | null): void {
  (form?.querySelector<HTMLElement>("[data-error-summary]") ?? form?.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
}
