import type { Method } from "./method-types";

// The built-in methods. A programme copies one and may edit its steps; admins add their own (issue 6).

const codevelopment: Method = {
  key: "codevelopment",
  name: { nl: "Co-development (Payette & Champagne)", en: "Co-development (Payette & Champagne)" },
  summary: {
    nl: "Eén deelnemer brengt een vraag in; de groep helpt in vaste stappen, van verheldering tot actieplan.",
    en: "One participant brings a question; the group helps in fixed steps, from clarifying to an action plan.",
  },
  steps: [
    { key: "opening", minutes: 5, showsPreviousActions: true, title: { nl: "Opening", en: "Opening" }, instruction: { nl: "De vorige inbrenger vertelt wat die heeft geprobeerd en wat het opleverde.", en: "The last presenter reports on what they tried and what came of it." } },
    { key: "presentation", minutes: 10, title: { nl: "Presentatie", en: "Presentation" }, instruction: { nl: "De inbrenger vertelt over de casus. Niemand onderbreekt.", en: "The presenter tells the case. Nobody interrupts." } },
    { key: "clarifying", minutes: 15, title: { nl: "Verhelderende vragen", en: "Clarifying questions" }, instruction: { nl: "Alleen vragen naar feiten en context. Nog geen adviezen.", en: "Questions about facts and context only. No advice yet." } },
    { key: "request", minutes: 5, title: { nl: "De hulpvraag", en: "The request" }, instruction: { nl: "De inbrenger formuleert de vraag: 'Help me om …'.", en: "The presenter states the request: 'Help me to …'." } },
    { key: "consultation", minutes: 30, title: { nl: "Consultatie", en: "Consultation" }, instruction: { nl: "Indrukken, hypotheses, ervaringen en suggesties. De inbrenger luistert en noteert.", en: "Impressions, hypotheses, experiences and suggestions. The presenter listens and takes notes." } },
    { key: "synthesis", minutes: 15, title: { nl: "Synthese en actieplan", en: "Synthesis and action plan" }, instruction: { nl: "De inbrenger vat samen wat bruikbaar is en kiest acties met een datum.", en: "The presenter sums up what is useful and chooses actions with a date." } },
    { key: "learning", minutes: 10, title: { nl: "Leren", en: "Learning" }, instruction: { nl: "Iedereen noemt wat die meeneemt uit deze sessie.", en: "Everyone names what they take away from this session." } },
  ],
};

const incident: Method = {
  key: "incident",
  name: { nl: "Incidentmethode (Hendriksen)", en: "Incident method (Hendriksen)" },
  summary: {
    nl: "Een kort, concreet incident; iedereen besluit wat die zelf zou doen, daarna vergelijkt de groep.",
    en: "A short, concrete incident; everyone decides what they would do, then the group compares.",
  },
  steps: [
    { key: "incident", minutes: 5, title: { nl: "Het incident", en: "The incident" }, instruction: { nl: "De inbrenger beschrijft kort een recente situatie waarin een beslissing nodig was.", en: "The presenter briefly describes a recent situation that called for a decision." } },
    { key: "questions", minutes: 15, title: { nl: "Informatievragen", en: "Information questions" }, instruction: { nl: "De groep reconstrueert de situatie met feitelijke vragen.", en: "The group reconstructs the situation with factual questions." } },
    { key: "decide", minutes: 10, title: { nl: "Wat zou ik doen?", en: "What would I do?" }, instruction: { nl: "Ieder schrijft op wat die zou beslissen en waarom.", en: "Everyone writes down what they would decide, and why." } },
    { key: "actual", minutes: 5, title: { nl: "Wat deed de inbrenger?", en: "What did the presenter do?" }, instruction: { nl: "De inbrenger vertelt wat die werkelijk deed en wat er gebeurde.", en: "The presenter tells what they actually did and what happened." } },
    { key: "discussion", minutes: 20, title: { nl: "Bespreking", en: "Discussion" }, instruction: { nl: "Vergelijk de beslissingen: welke overwegingen en waarden zitten erachter?", en: "Compare the decisions: which considerations and values lie behind them?" } },
    { key: "learning", minutes: 10, title: { nl: "Leren", en: "Learning" }, instruction: { nl: "Wat nemen we mee naar ons eigen werk?", en: "What do we take back to our own work?" } },
  ],
};

const gossip: Method = {
  key: "gossip",
  name: { nl: "Roddelmethode", en: "Gossip method" },
  summary: {
    nl: "De groep praat over de casus alsof de inbrenger er niet is; de inbrenger luistert met de rug naar de groep.",
    en: "The group talks about the case as if the presenter were not there; the presenter listens with their back turned.",
  },
  steps: [
    { key: "presentation", minutes: 10, title: { nl: "Presentatie", en: "Presentation" }, instruction: { nl: "De inbrenger vertelt de casus en de vraag.", en: "The presenter tells the case and the question." } },
    { key: "clarifying", minutes: 10, title: { nl: "Verhelderende vragen", en: "Clarifying questions" }, instruction: { nl: "Alleen vragen naar feiten.", en: "Questions about facts only." } },
    { key: "gossip", minutes: 20, presenterTurnedAway: true, title: { nl: "Roddelronde", en: "Gossip round" }, instruction: { nl: "De inbrenger draait zich om en luistert alleen. De groep praat óver de inbrenger: beelden, hypotheses, adviezen.", en: "The presenter turns around and only listens. The group talks about the presenter: images, hypotheses, advice." } },
    { key: "response", minutes: 10, title: { nl: "Reactie van de inbrenger", en: "The presenter responds" }, instruction: { nl: "De inbrenger draait terug en vertelt wat raakte en wat bruikbaar is.", en: "The presenter turns back and tells what struck them and what is useful." } },
    { key: "actions", minutes: 10, title: { nl: "Acties", en: "Actions" }, instruction: { nl: "De inbrenger kiest wat die gaat doen.", en: "The presenter chooses what they will do." } },
    { key: "learning", minutes: 5, title: { nl: "Leren", en: "Learning" }, instruction: { nl: "Ieder noemt wat die meeneemt.", en: "Everyone names what they take away." } },
  ],
};

const balint: Method = {
  key: "balint",
  name: { nl: "Balintmethode", en: "Balint method" },
  summary: {
    nl: "Aandacht voor de relatie en de gevoelens in de casus; de groep associeert vrij terwijl de inbrenger zwijgt.",
    en: "Attention to the relationship and the feelings in the case; the group associates freely while the presenter keeps silent.",
  },
  steps: [
    { key: "story", minutes: 10, title: { nl: "Het verhaal", en: "The story" }, instruction: { nl: "De inbrenger vertelt de casus uit het hoofd, zonder aantekeningen.", en: "The presenter tells the case from memory, without notes." } },
    { key: "clarifying", minutes: 10, title: { nl: "Verhelderende vragen", en: "Clarifying questions" }, instruction: { nl: "Korte vragen om het beeld compleet te maken.", en: "Short questions to complete the picture." } },
    { key: "associate", minutes: 25, title: { nl: "Associëren", en: "Associating" }, instruction: { nl: "De groep deelt gevoelens, beelden en hypotheses over de relatie. De inbrenger luistert zwijgend.", en: "The group shares feelings, images and hypotheses about the relationship. The presenter listens in silence." } },
    { key: "response", minutes: 10, title: { nl: "Reactie van de inbrenger", en: "The presenter responds" }, instruction: { nl: "De inbrenger vertelt wat de associaties oproepen.", en: "The presenter tells what the associations bring up." } },
    { key: "reflection", minutes: 10, title: { nl: "Reflectie", en: "Reflection" }, instruction: { nl: "Wat zegt dit over ons werk als leidinggevende?", en: "What does this say about our work as managers?" } },
  ],
};

export const builtInMethods: readonly Method[] = [codevelopment, incident, gossip, balint];

export function builtInMethod(key: string): Method | undefined {
  return builtInMethods.find((m) => m.key === key);
}
