// One source for the topics shown for a person of a mentoring programme: the topics they chose when they
// enrolled, where they chose any, else their profile's. The matching explanation, the mentor's request
// email, /matches and the pair's space all read them through this function.

/** The enrolment's topics where given, else the profile's. Unknown shapes in the stored answers count as none. */
export function enrolmentTopics(answers: Record<string, unknown> | null | undefined, profileTopics: readonly string[]): string[] {
  const chosen = answers?.topics;
  const topics = Array.isArray(chosen) ? chosen.filter((topic): topic is string => typeof topic === "string" && topic !== "") : [];
  return topics.length > 0 ? [...new Set(topics)] : [...profileTopics];
}
