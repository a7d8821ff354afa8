import type { Guide } from "@/lib/conversations/core/guide-types";
import { both } from "@/lib/conversations/core/guides/text";

// A manager and a team member: wellbeing first, then the work, growth, and feedback in both directions.

export const oneOnOne: Guide = {
  key: "oneOnOne",
  kind: "oneOnOne",
  name: both("1-op-1-gesprek", "1-on-1"),
  summary: both(
    "Een vast gesprek tussen leidinggevende en teamlid over hoe het gaat, het werk, groei en feedback van twee kanten. Het teamlid bepaalt grotendeels de agenda.",
    "A regular conversation between a manager and a team member about how they are doing, the work, growth and feedback both ways. The team member largely sets the agenda.",
  ),
  steps: [
    {
      key: "wellbeing",
      minutes: 5,
      title: both("Hoe gaat het met je?", "How are you doing?"),
      prompts: [
        both("Hoe gaat het echt met je, op je werk en daarbuiten?", "How are you really doing, at work and outside it?"),
        both("Hoe was je energie de afgelopen weken?", "How has your energy been over the past few weeks?"),
        both("Is er iets waar ik rekening mee kan houden?", "Is there anything I should take into account?"),
      ],
    },
    {
      key: "work",
      minutes: 15,
      title: both("Het werk", "The work"),
      prompts: [
        both("Waar ben je trots op sinds ons vorige gesprek?", "What are you proud of since we last talked?"),
        both("Waar loop je vast, of wat kost meer tijd dan nodig?", "Where are you stuck, or what takes more time than it should?"),
        both("Wat heb je van mij nodig om verder te komen?", "What do you need from me to move forward?"),
      ],
    },
    {
      key: "growth",
      minutes: 10,
      title: both("Groei", "Growth"),
      prompts: [
        both("Wat wil je de komende maanden leren of beter doen?", "What do you want to learn or get better at in the coming months?"),
        both("Welke taak of klus zou je graag eens oppakken?", "Which task or project would you like to take on?"),
      ],
    },
    {
      key: "feedback",
      minutes: 10,
      title: both("Feedback, van twee kanten", "Feedback, both ways"),
      prompts: [
        both("Wat kan ik als leidinggevende beter doen, en wat moet ik vooral blijven doen?", "What could I do better as your manager, and what should I keep doing?"),
        both("Welke feedback heb ik voor jou, met een concreet voorbeeld?", "What feedback do I have for you, with a concrete example?"),
        both("Hoe komt die feedback bij je binnen, en wat doe je ermee?", "How does that feedback land with you, and what will you do with it?"),
      ],
    },
  ],
  preparation: both(
    "Binnenkort hebben we ons 1-op-1-gesprek. Het is jouw gesprek: jij bepaalt grotendeels wat we bespreken. Denk vooraf na over hoe het met je gaat, waar je trots op bent, waar je tegenaan loopt en wat je van mij nodig hebt. Ik vraag je ook om feedback op mij als leidinggevende; die hoor ik graag eerlijk.",
    "Our 1-on-1 is coming up. It is your conversation: you largely decide what we talk about. Think beforehand about how you are doing, what you are proud of, what you are running into and what you need from me. I will also ask for your feedback on me as your manager, and I would like to hear it honestly.",
  ),
  closing: {
    minutes: 5,
    title: both("Afspraken en acties", "Agreements and actions"),
    prompts: [
      both("Wat spreken we af, en wie doet wat?", "What do we agree on, and who does what?"),
      both("Wanneer kijken we samen terug of het gelukt is?", "When do we look back together on whether it worked?"),
    ],
  },
};
