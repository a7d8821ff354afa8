"use client";

import { useState } from "react";
import type { MethodChoice } from "@/lib/codevelopment/custom-methods";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { CodevMethodChooseForm } from "./codev-method-choose-form";
import { CodevStepsForm } from "./codev-steps-form";

type Props = { programmeId: string; method: Method; methods: MethodChoice[]; sessionMinutes: number };

/**
 * Choosing a method (again) replaces the copy; the steps form then starts over from the new copy, even
 * when the same method is chosen again to undo the programme's edits.
 */
export function CodevMethodEditor({ programmeId, method, methods, sessionMinutes }: Props) {
  const [copies, setCopies] = useState(0);
  return (
    <div className="space-y-4">
      <CodevMethodChooseForm programmeId={programmeId} current={method.key} methods={methods} onChosen={() => setCopies((n) => n + 1)} />
      <CodevStepsForm key={`${method.key}:${copies}`} programmeId={programmeId} method={method} sessionMinutes={sessionMinutes} />
    </div>
  );
}
