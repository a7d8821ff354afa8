import type { MenteeEnrolment, MentorEnrolment, PersonProfile } from "./profile-types";

/** One side's profiles with every string turned into a small integer, stored column-wise. */
export interface InternedSide {
  department: Int32Array;
  level: Float64Array;
  utcOffsetHours: Float64Array;
  /** Person p's languages are languageIds[languageStart[p] .. languageStart[p + 1]), sorted, distinct. */
  languageStart: Int32Array;
  languageIds: Int32Array;
  slotStart: Int32Array;
  slotIds: Int32Array;
  /** Offered topics for a mentor; goals and topics for a mentee. */
  topicStart: Int32Array;
  topicIds: Int32Array;
}

export interface InternedProfiles {
  mentors: InternedSide;
  mentees: InternedSide;
  topicCount: number;
}

/** Both sides share one dictionary per kind of string, so equal ids mean equal strings. */
export function internProfiles(mentors: readonly MentorEnrolment[], mentees: readonly MenteeEnrolment[]): InternedProfiles {
  const departments = new Map<string, number>();
  const languages = new Map<string, number>();
  const slots = new Map<string, number>();
  const topics = new Map<string, number>();
  const side = (people: readonly PersonProfile[], topicsOf: (index: number) => Iterable<string>): InternedSide => {
    const languageLists = internLists(people.length, languages, (index) => people[index].languages);
    const slotLists = internLists(people.length, slots, (index) => people[index].availability);
    const topicLists = internLists(people.length, topics, topicsOf);
    return {
      department: Int32Array.from(people, (person) => internString(departments, person.department)),
      level: Float64Array.from(people, (person) => person.level),
      utcOffsetHours: Float64Array.from(people, (person) => person.utcOffsetHours),
      languageStart: languageLists.start,
      languageIds: languageLists.ids,
      slotStart: slotLists.start,
      slotIds: slotLists.ids,
      topicStart: topicLists.start,
      topicIds: topicLists.ids,
    };
  };
  const mentorSide = side(
    mentors.map((mentor) => mentor.person),
    (index) => mentors[index].offeredTopics,
  );
  const menteeSide = side(
    mentees.map((mentee) => mentee.person),
    function* (index) {
      yield* mentees[index].goals;
      yield* mentees[index].topics;
    },
  );
  return { mentors: mentorSide, mentees: menteeSide, topicCount: topics.size };
}

/** Per person a sorted, distinct run of ids in one flat array. */
function internLists(
  count: number,
  table: Map<string, number>,
  valuesOf: (index: number) => Iterable<string>,
): { start: Int32Array; ids: Int32Array } {
  const start = new Int32Array(count + 1);
  let ids = new Int32Array(Math.max(16, count * 4));
  let length = 0;
  for (let index = 0; index < count; index++) {
    const from = length;
    for (const value of valuesOf(index)) {
      const id = internString(table, value);
      let duplicate = false;
      for (let k = from; k < length; k++) if (ids[k] === id) duplicate = true;
      if (duplicate) continue;
      if (length === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[length++] = id;
    }
    ids.subarray(from, length).sort();
    start[index + 1] = length;
  }
  return { start, ids: ids.slice(0, length) };
}

function internString(table: Map<string, number>, value: string): number {
  let id = table.get(value);
  if (id === undefined) table.set(value, (id = table.size));
  return id;
}

/** Size of the intersection of two sorted, distinct id ranges. */
export function countCommon(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let common = 0;
  while (i < aTo && j < bTo) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common;
}
