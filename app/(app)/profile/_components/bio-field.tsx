"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { controlProps, hintClass, inputClass, labelClass, ProfileFieldError } from "./profile-field-error";

/** The bio with a live character count; the limit itself is the schema's (BIO_MAX), checked on the server. */
export function BioField({ initial, max, errors }: { initial: string; max: number; errors: FieldErrors }) {
  const t = useTranslations("profile.bio");
  const [length, setLength] = useState(initial.length);
  return (
    <div>
      <label htmlFor="bio" className={labelClass}>
        {t("label")}
      </label>
      <p id="bio-hint" className={hintClass}>
        {t("hint")}
      </p>
      <textarea
        id="bio"
        name="bio"
        rows={4}
        maxLength={max}
        defaultValue={initial}
        onChange={(e) => setLength(e.target.value.length)}
        className={inputClass}
        {...controlProps("bio", errors, "bio-hint", "bio-counter")}
      />
      <p id="bio-counter" className={`mt-1 text-right text-sm ${length >= max ? "font-medium text-red-700" : "text-stone-600"}`}>
        {t("counter", { count: length, max })}
      </p>
      <ProfileFieldError field="bio" errors={errors} />
    </div>
  );
}
