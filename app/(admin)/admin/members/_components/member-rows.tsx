"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { MemberListRow } from "@/lib/members/queries";
import { MemberRemoveDialog } from "./member-remove-dialog";
import { MemberResendButton } from "./member-resend-button";
import { MemberRoleForm } from "./member-role-form";

/**
 * The members list's rows, drawn in the browser from plain data: the page's payload then carries each
 * member once as a few fields instead of a second copy of every row's markup (50 rows with three forms
 * each weighed 200 KB). Below the sm breakpoint every row becomes a card (.stacked-* in app/globals.css).
 */
export function MemberRows({ rows, page, pageCount }: { rows: MemberListRow[]; page: number; pageCount: number }) {
  const t = useTranslations("members.table");
  const tStatus = useTranslations("members.statuses");
  const [announcement, setAnnouncement] = useState("");
  return (
    <>
      <p role="status" className="mt-2 text-sm text-brand-700 empty:hidden">
        {announcement}
      </p>
      <table className="mt-4 block w-full text-left text-sm sm:table">
        <caption className="sr-only">{t("caption", { page, pageCount })}</caption>
        <thead className="hidden border-b border-stone-300 sm:table-header-group">
          <tr>
            {(["person", "department", "manager", "role", "status", "actions"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium text-stone-700">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block space-y-3 sm:table-row-group sm:space-y-0">
          {rows.map((member) => (
            <tr key={member.id} className="stacked-row">
              <th scope="row" className="stacked-row-head">
                <span className="row-title">
                  {member.name} {member.isSelf && <span className="font-normal text-stone-600">{t("you")}</span>}
                </span>
                <span className="row-subtitle">{member.email}</span>
              </th>
              <td data-label={t("department")} className="stacked-cell">
                {member.department ?? t("none")}
              </td>
              <td data-label={t("manager")} className="stacked-cell">
                {member.managerName ?? t("none")}
              </td>
              <td data-label={t("role")} className="stacked-cell">
                <MemberRoleForm membershipId={member.id} name={member.name} role={member.role} onChanged={setAnnouncement} />
              </td>
              <td data-label={t("status")} className="stacked-cell">
                <span className={member.status === "active" ? "pill pill-brand" : "pill pill-amber"}>{tStatus(member.status)}</span>
              </td>
              <td className="stacked-actions">
                <div>
                  {member.status === "invited" && <MemberResendButton membershipId={member.id} />}
                  <MemberRemoveDialog membershipId={member.id} name={member.name} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
