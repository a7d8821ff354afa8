import type { OwnGuideInput } from "./schemas";

// Test data for the guide library's integration tests: a guide as the domain takes it, and as the
// library's form posts it (flat field names, questions one per line).

const both = (nl: string, en: string) => ({ nl, en });

export function ownGuideInput(change: Partial<OwnGuideInput> = {}): OwnGuideInput {
  return {
    kind: "oneOnOne",
    name: both("Startgesprek", "Kick-off"),
    summary: both("Het eerste gesprek met een nieuw teamlid.", "The first conversation with a new team member."),
    steps: [
      { title: both("Welkom", "Welcome"), prompts: both("Hoe was je eerste week?\nWat viel je op?", "How was your first week?\nWhat struck you?"), minutes: 10 },
      { title: both("Verwachtingen", "Expectations"), prompts: both("Wat verwacht je van mij?", "What do you expect from me?"), minutes: 15 },
    ],
    preparation: both("Denk na over je eerste week.", "Think about your first week."),
    closing: { title: both("Afspraken en acties", "Agreements and actions"), prompts: both("Wat spreken we af?", "What do we agree?"), minutes: 5 },
    ...change,
  };
}

/** The library form's fields for a valid guide of two steps, with changes (a value of null leaves the field out). */
export function guideFields(change: Record<string, string | null> = {}): Record<string, string> {
  const fields: Record<string, string> = {
    kind: "career",
    "name.nl": "Eigen loopbaangesprek", "name.en": "Own career talk",
    "summary.nl": "Kort.", "summary.en": "Short.",
    "steps.0.title.nl": "Terugblik", "steps.0.title.en": "Looking back", "steps.0.prompts.nl": "Wat ging goed?\nWat niet?", "steps.0.prompts.en": "What went well?\nWhat didn't?", "steps.0.minutes": "10",
    "steps.1.title.nl": "Vooruit", "steps.1.title.en": "Ahead", "steps.1.prompts.nl": "Waar wil je heen?", "steps.1.prompts.en": "Where do you want to go?", "steps.1.minutes": "15",
    "closing.title.nl": "Afspraken en acties", "closing.title.en": "Agreements and actions", "closing.prompts.nl": "Wie doet wat?", "closing.prompts.en": "Who does what?", "closing.minutes": "5",
    "preparation.nl": "Bereid je voor.", "preparation.en": "Please prepare.",
  };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  return fields;
}
