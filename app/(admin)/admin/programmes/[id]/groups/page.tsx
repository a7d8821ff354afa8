import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember, type MemberContext } from "@/lib/auth/session";
import { getFormationView, type FormationView } from "@/lib/codevelopment/formation/queries";
import { explainReason, languageLabel, slotLabel } from "@/lib/codevelopment/core/formation-wording";
import { isLocale } from "@/lib/i18n/config";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ClientMessages } from "@/app/_components/client-messages";
import { ProposalScreen } from "@/app/_components/ui/proposal-list";
import { ProposalReview } from "@/app/_components/ui/proposal-review";
import { SignupOpenNotice } from "../../_components/signup-open-notice";
import { formGroupsAction, publishGroupsAction } from "./actions";
import { GroupsReview } from "./_components/groups-review";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevGroups"))("admin.title") };
}

/** Another organisation's programme, a mentoring programme or a malformed id: the same answer, not found. */
function loadView(ctx: MemberContext, programmeId: string): Promise<FormationView> {
  return loadOrNotFound(() => getFormationView(actorScopeOf(ctx), programmeId));
}

export default async function GroupFormationPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const id = uuidSegmentOrNotFound((await params).id);
  const view = await loadView(ctx, id);
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const t = await getTranslations("codevGroups");
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const { figures, settings } = view;
  const department = (name: string | null) => name || t("noDepartment");
  const { groups, unassigned, facilitators } = view;
  const proposed = groups.filter((group) => group.status === "proposed");
  const perGroup = settings.facilitatorMode === "perGroup";
  const saved = t("admin.saved");
  const late = view.status === "published";
  // Sign-up still open: said above the controls and again with the publish question (a notice, not a block).
  const { signupClosesAt } = view.programme;
  const openText =
    view.programme.status === "open"
      ? signupClosesAt
        ? t("admin.signupOpenUntil", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: view.timeZone }).format(signupClosesAt) })
        : t("admin.signupOpen")
      : null;
  const openNotice = <SignupOpenNotice programmeId={id} text={openText} />;
  return (
    <ProposalScreen
      backHref={`/admin/programmes/${id}`}
      backLabel={t("admin.back")}
      title={`${t("admin.title")} · ${view.programme.name[locale]}`}
      intro={t("admin.intro")}
      note={t("admin.settings", { min: settings.groupSizeMin, max: settings.groupSizeMax, weeks: settings.cadenceWeeks, minutes: settings.sessionMinutes, zone: view.timeZone })}
      figures={
        view.status !== "none"
          ? [
              [t("admin.figures.placed"), t("admin.figures.placedValue", { placed: figures.placed, total: figures.participants, share: percent.format(figures.participants ? figures.placed / figures.participants : 0) })],
              [t("admin.figures.groups"), String(figures.groups)],
              [t("admin.figures.sameDepartment"), String(figures.sameDepartmentPairs)],
            ]
          : undefined
      }
      publishedText={
        view.status === "published" && view.publishedAt
          ? t("admin.published", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: view.timeZone }).format(view.publishedAt) })
          : undefined
      }
    >
      {/* The lists' wording, for this page only (the programmes layout provides the other pages'). */}
      <ClientMessages namespaces={["codevGroups.admin", "programmesAdmin.actions", "programmesAdmin.errors", "codevAdmin.errors"]} actionErrors>
        <ProposalReview
          programmeId={id}
          errorArea="codevGroups"
          notice={openNotice}
          // After publishing, a run forms new groups from the late sign-ups only (when enough of them fit together).
          run={{
            action: formGroupsAction,
            label: late ? t("admin.runLate") : view.status === "proposed" ? t("admin.rerun") : t("admin.run"),
            runningLabel: t("admin.running"),
            success: saved,
          }}
          publish={
            proposed.length > 0
              ? {
                  action: publishGroupsAction,
                  label: late ? t("admin.publishLate") : t("admin.publish"),
                  confirmText: t("admin.publishConfirm", { count: proposed.length }),
                  confirmNotice: openNotice,
                  yesLabel: t("admin.publishYes"),
                  cancelLabel: t("admin.cancel"),
                  success: t("admin.publishedOk"),
                }
              : null
          }
        >
          <GroupsReview
            status={view.status}
            perGroup={perGroup}
            facilitatorShortage={view.facilitatorShortage}
            settingsHref={`/admin/programmes/${id}#edit-heading`}
            groups={groups.map((group) => ({
              id: group.id,
              number: group.number,
              status: group.status,
              name: t("groupName", { number: group.number }),
              slot: slotLabel(group.slot, t),
              language: languageLabel(group.language, locale),
              departments: group.departments.map((d) => t("admin.departmentCount", { department: department(d.department), count: d.count })),
              members: group.members.map((m) => ({ membershipId: m.membershipId, name: m.name, department: department(m.department) })),
              facilitator: group.facilitator && { membershipId: group.facilitator.membershipId, name: group.facilitator.name },
            }))}
            unassigned={unassigned.map((person) => ({
              membershipId: person.membershipId,
              name: person.name,
              reasons: explainReason(person.reason, t, locale, { minSize: settings.groupSizeMin }),
              remedies: person.remedies,
            }))}
            facilitators={facilitators.map((f) => ({ membershipId: f.membershipId, name: f.name }))}
          />
        </ProposalReview>
      </ClientMessages>
    </ProposalScreen>
  );
}
