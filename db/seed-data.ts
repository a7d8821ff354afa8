import type { Topic } from "./schema";

/** A small deterministic PRNG (mulberry32): the demo looks the same on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const demoTopics: Topic[] = [
  { slug: "change-management", label: { nl: "Verandermanagement", en: "Change management" } },
  { slug: "giving-feedback", label: { nl: "Feedback geven", en: "Giving feedback" } },
  { slug: "difficult-conversations", label: { nl: "Moeilijke gesprekken", en: "Difficult conversations" } },
  { slug: "hybrid-teams", label: { nl: "Hybride teams leiden", en: "Leading hybrid teams" } },
  { slug: "time-management", label: { nl: "Timemanagement", en: "Time management" } },
  { slug: "strategy", label: { nl: "Strategie", en: "Strategy" } },
  { slug: "conflict", label: { nl: "Conflicthantering", en: "Handling conflict" } },
  { slug: "coaching", label: { nl: "Coachend leidinggeven", en: "Coaching leadership" } },
  { slug: "wellbeing", label: { nl: "Welzijn en werkdruk", en: "Wellbeing and workload" } },
  { slug: "stakeholders", label: { nl: "Stakeholdermanagement", en: "Stakeholder management" } },
  { slug: "first-time-manager", label: { nl: "Eerste keer leidinggevende", en: "First-time manager" } },
  { slug: "diversity", label: { nl: "Diversiteit en inclusie", en: "Diversity and inclusion" } },
];

export const demoDepartments = ["Finance", "HR", "IT", "Operations", "Sales", "Customer Service"];

export const firstNames = [
  "Sanne", "Daan", "Lotte", "Bram", "Emma", "Thijs", "Fleur", "Jeroen", "Anouk", "Pieter", "Iris", "Koen",
  "Noor", "Wouter", "Eva", "Ruben", "Lieke", "Joris", "Marieke", "Stijn", "Femke", "Bas", "Hanna", "Tom",
  "Sofie", "Lars", "Julia", "Niels", "Ilse", "Maarten", "Amira", "Yusuf", "Fatima", "Mehmet", "Elif", "Priya",
];

export const lastNames = [
  "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
  "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Claes",
  "Peeters", "Maes", "Willems", "Janssens", "Wouters", "El Amrani", "Yilmaz", "Kaya", "Sharma", "Verhoeven",
];

export const timeZones = ["Europe/Amsterdam", "Europe/Amsterdam", "Europe/Amsterdam", "Europe/Brussels", "Europe/Brussels", "Europe/London", "America/New_York"];

export const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;
/** The hours a person can mark in the availability grid (an hour starting at h:00, local time). */
export const gridHours = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
