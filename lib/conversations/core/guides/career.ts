import type { Guide } from "@/lib/conversations/core/guide-types";
import { both } from "@/lib/conversations/core/guides/text";

// A career conversation: not an appraisal. Where the person stands, what they want, what they are good at,
// what the organisation can offer, and a first step.

export const career: Guide = {
  key: "career",
  kind: "career",
  name: both("Loopbaangesprek", "Career conversation"),
  summary: both(
    "Geen beoordeling, maar een gesprek over ambities, sterke punten, wat de organisatie te bieden heeft en een eerste concrete stap.",
    "Not an appraisal, but a conversation about ambitions, strengths, what the organisation has to offer and a first concrete step.",
  ),
  steps: [
    {
      key: "now",
      minutes: 10,
      title: both("Waar je nu staat", "Where you stand now"),
      prompts: [
        both("Van welk werk krijg je de meeste voldoening, en waarom?", "Which work gives you the most satisfaction, and why?"),
        both("Wanneer voelde je je het afgelopen jaar op je best?", "When in the past year did you feel at your best?"),
        both("Wat zou je liever niet meer, of minder, doen?", "What would you rather stop doing, or do less of?"),
      ],
    },
    {
      key: "ambitions",
      minutes: 15,
      title: both("Ambities", "Ambitions"),
      prompts: [
        both("Waar wil je over twee à drie jaar staan?", "Where do you want to be in two to three years?"),
        both("Is dat groeien in je huidige rol, een volgende stap of iets heel anders?", "Is that growing in your current role, a next step, or something else entirely?"),
        both("Wat vind je het belangrijkst in je werk: de inhoud, de mensen, invloed of balans?", "What matters most to you in your work: the content, the people, influence or balance?"),
      ],
    },
    {
      key: "strengths",
      minutes: 10,
      title: both("Sterke punten", "Strengths"),
      prompts: [
        both("Waarvoor vragen collega's je vaak om hulp?", "What do colleagues often ask your help with?"),
        both("Welke sterke punten zie ik als leidinggevende bij jou?", "Which strengths do I, as your manager, see in you?"),
        both("Welk talent gebruik je nu te weinig?", "Which talent are you using too little at the moment?"),
      ],
    },
    {
      key: "organisation",
      minutes: 10,
      title: both("Wat de organisatie kan bieden", "What the organisation can offer"),
      prompts: [
        both("Welke rollen, projecten of opleidingen passen bij wat je wilt?", "Which roles, projects or training fit what you want?"),
        both("Met wie in de organisatie zou je eens moeten praten?", "Who in the organisation should you talk to?"),
        both("Wat is op korte termijn haalbaar, en wat heeft meer tijd nodig?", "What is feasible in the short term, and what needs more time?"),
      ],
    },
    {
      key: "next-steps",
      minutes: 10,
      title: both("Volgende stappen", "Next steps"),
      prompts: [
        both("Welke eerste stap kun je binnen een maand zetten?", "What first step can you take within a month?"),
        both("Wat heb je daarvoor van mij nodig?", "What do you need from me for it?"),
      ],
    },
  ],
  preparation: both(
    "Binnenkort hebben we een loopbaangesprek. Het is geen beoordeling: het gaat over jouw wensen en mogelijkheden. Neem vooraf even de tijd om na te denken. Van welk werk krijg je energie, waar wil je over een paar jaar staan en waar ben je goed in? Vind je dat lastig om te benoemen, dan zoeken we het samen uit.",
    "We have a career conversation coming up. It is not an appraisal: it is about your wishes and your options. Take some time beforehand to think. Which work gives you energy, where do you want to be in a few years, and what are you good at? If that is hard to put into words, we will work it out together.",
  ),
  closing: {
    minutes: 5,
    title: both("Afspraken en acties", "Agreements and actions"),
    prompts: [
      both("Wat spreken we af over je ontwikkeling?", "What do we agree about your development?"),
      both("Welke acties, door wie, en wanneer kijken we terug?", "Which actions, by whom, and when do we look back?"),
    ],
  },
};
