import type { GroupParticipant, GroupsProblem } from "./groups-types";
import type { PairsEdge, PairsProblem } from "./pairs-types";

export type ParsedProblem = { ok: true; problem: PairsProblem | GroupsProblem } | { ok: false; error: string };

/** Thrown inside the parser only; carries the one line the command prints. */
class InvalidProblem extends Error {}

/**
 * Parses and validates a problem as described in shared/matching-format.md. Every problem it accepts
 * can be solved; the error names the first thing that is wrong, with its JSON path, on one line.
 */
export function parseProblem(text: string): ParsedProblem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`.replace(/\s+/g, " ") };
  }
  try {
    const root = asObject(json, "problem");
    if (root.kind === "pairs") return { ok: true, problem: parsePairs(root) };
    if (root.kind === "groups") return { ok: true, problem: parseGroups(root) };
    if (root.kind === undefined) throw new InvalidProblem('missing field "kind" (expected "pairs" or "groups")');
    throw new InvalidProblem(`unknown kind ${JSON.stringify(root.kind)} (expected "pairs" or "groups")`);
  } catch (error) {
    if (error instanceof InvalidProblem) return { ok: false, error: error.message };
    throw error;
  }
}

function parsePairs(root: Record<string, unknown>): PairsProblem {
  const mentors = asArray(root.mentors, "mentors").map((value, index) => {
    const path = `mentors[${index}]`;
    const mentor = asObject(value, path);
    const capacity = mentor.capacity;
    if (capacity === undefined) throw new InvalidProblem(`missing field "${path}.capacity"`);
    if (typeof capacity !== "number" || !Number.isInteger(capacity) || capacity < 0) {
      throw new InvalidProblem(`${path}.capacity must be a non-negative integer, got ${JSON.stringify(capacity)}`);
    }
    return { id: asId(mentor.id, `${path}.id`), capacity };
  });
  const mentees = asArray(root.mentees, "mentees").map((value, index) => ({
    id: asId(asObject(value, `mentees[${index}]`).id, `mentees[${index}].id`),
  }));
  const mentorIds = uniqueIds(mentors, "mentors");
  const menteeIds = uniqueIds(mentees, "mentees");
  const seenEdges = new Set<string>();
  const edges = asArray(root.edges, "edges").map((value, index): PairsEdge => {
    const path = `edges[${index}]`;
    const edge = asObject(value, path);
    const mentor = asId(edge.mentor, `${path}.mentor`);
    const mentee = asId(edge.mentee, `${path}.mentee`);
    if (!mentorIds.has(mentor)) throw new InvalidProblem(`${path}.mentor: unknown mentor id ${JSON.stringify(mentor)}`);
    if (!menteeIds.has(mentee)) throw new InvalidProblem(`${path}.mentee: unknown mentee id ${JSON.stringify(mentee)}`);
    const score = edge.score;
    if (score === undefined) throw new InvalidProblem(`missing field "${path}.score"`);
    if (typeof score !== "number" || !Number.isFinite(score) || score < 0) {
      throw new InvalidProblem(`${path}.score must be a finite number >= 0, got ${JSON.stringify(score)}`);
    }
    const key = JSON.stringify([mentor, mentee]);
    if (seenEdges.has(key)) throw new InvalidProblem(`${path}: duplicate edge for mentor ${JSON.stringify(mentor)} and mentee ${JSON.stringify(mentee)}`);
    seenEdges.add(key);
    return { mentor, mentee, score };
  });
  return { kind: "pairs", mentors, mentees, edges };
}

function parseGroups(root: Record<string, unknown>): GroupsProblem {
  const minSize = asSize(root.minSize, "minSize");
  const maxSize = asSize(root.maxSize, "maxSize");
  if (minSize > maxSize) throw new InvalidProblem(`empty group size range: minSize ${minSize} is greater than maxSize ${maxSize}`);
  const participants = asArray(root.participants, "participants").map((value, index): GroupParticipant => {
    const path = `participants[${index}]`;
    const participant = asObject(value, path);
    const id = asId(participant.id, `${path}.id`);
    if (typeof participant.department !== "string") throw invalidField(participant.department, `${path}.department`, "a string");
    const manager = participant.manager;
    if (manager === undefined) throw new InvalidProblem(`missing field "${path}.manager" (use null for none)`);
    if (manager !== null && (typeof manager !== "string" || manager === "")) throw invalidField(manager, `${path}.manager`, "a participant id or null");
    if (manager === id) throw new InvalidProblem(`${path}.manager: ${JSON.stringify(id)} cannot be their own manager`);
    return {
      id,
      department: participant.department,
      manager,
      languages: asStrings(participant.languages, `${path}.languages`),
      slots: asStrings(participant.slots, `${path}.slots`),
    };
  });
  uniqueIds(participants, "participants");
  return { kind: "groups", minSize, maxSize, participants };
}

function asObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidField(value, path, "an object");
  return value as Record<string, unknown>;
}

function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalidField(value, path, "an array");
  return value;
}

function asId(value: unknown, path: string): string {
  if (typeof value !== "string" || value === "") throw invalidField(value, path, "a non-empty string");
  return value;
}

function asStrings(value: unknown, path: string): string[] {
  return asArray(value, path).map((item, index) => {
    if (typeof item !== "string") throw invalidField(item, `${path}[${index}]`, "a string");
    return item;
  });
}

function asSize(value: unknown, path: string): number {
  if (value === undefined) throw new InvalidProblem(`missing field "${path}"`);
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new InvalidProblem(`${path} must be an integer >= 1, got ${JSON.stringify(value)}`);
  }
  return value;
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, path: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) throw new InvalidProblem(`${path}[${index}].id: duplicate id ${JSON.stringify(item.id)}`);
    ids.add(item.id);
  });
  return ids;
}

function invalidField(value: unknown, path: string, expected: string): InvalidProblem {
  if (value === undefined) return new InvalidProblem(`missing field "${path}"`);
  return new InvalidProblem(`${path} must be ${expected}, got ${JSON.stringify(value)}`);
}
