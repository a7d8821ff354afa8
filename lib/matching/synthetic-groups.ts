import type { GroupParticipant, GroupsProblem } from "./groups-types";
import { createSeededRandom } from "./seeded-random";
import { pickDistinct } from "./synthetic-profiles";

const SLOTS = ["mon-09", "mon-14", "tue-09", "tue-14", "wed-09", "wed-14", "thu-09", "thu-14", "fri-09", "fri-14", "tue-16", "thu-16"];

/**
 * Reproducible groups instance: skewed department sizes, Dutch with some English (and English-only)
 * speakers, popular and unpopular slots, and a manager tree in which about half the participants'
 * managers also take part.
 */
export function generateSyntheticGroups(options: { participants: number; seed: number; minSize?: number; maxSize?: number }): GroupsProblem {
  const random = createSeededRandom(options.seed);
  const departments = Math.max(3, Math.round(options.participants / 60));
  const weightedSlots = SLOTS.flatMap((slot, index) => Array<string>(index < 6 ? 3 : 1).fill(slot));
  const participants: GroupParticipant[] = [];
  const byDepartment = new Map<string, string[]>();
  for (let index = 0; index < options.participants; index++) {
    const department = `dept-${Math.floor(departments * random.next() ** 1.5)}`;
    const colleagues = byDepartment.get(department) ?? [];
    const internalManager = colleagues.length > 0 && random.next() < 0.5;
    const languages = random.next() < 0.85 ? (random.next() < 0.5 ? ["nl", "en"] : ["nl"]) : ["en"];
    const slots = [...new Set(pickDistinct(random, weightedSlots, 3 + random.below(3)))];
    participants.push({
      id: `p${index}`,
      department,
      manager: internalManager ? random.pick(colleagues) : random.next() < 0.7 ? `external-${random.below(1000)}` : null,
      languages,
      slots,
    });
    colleagues.push(`p${index}`);
    byDepartment.set(department, colleagues);
  }
  return { kind: "groups", minSize: options.minSize ?? 5, maxSize: options.maxSize ?? 7, participants };
}
