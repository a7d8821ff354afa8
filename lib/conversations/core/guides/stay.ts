import type { Guide } from "@/lib/conversations/core/guide-types";
import { both } from "@/lib/conversations/core/guides/text";

// A stay conversation: asked while someone is still happy to be here, not at the exit interview.

export const stay: Guide = {
  key: "stay",
  kind: "stay",
  name: both("Blijfgesprek", "Stay conversation"),
  summary: both(
    "Praten over wat iemand hier houdt en wat schuurt, voordat er een vertrekwens is: wat geeft energie, wat frustreert en wat moet er veranderen?",
    "Talk about what keeps someone here and what chafes, before they think of leaving: what gives energy, what frustrates, and what needs to change?",
  ),
  steps: [
    {
      key: "keeps-you",
      minutes: 10,
      title: both("Wat je hier houdt", "What keeps you here"),
      prompts: [
        both("Waarom ga je op een goede dag graag naar je werk?", "On a good day, what makes you look forward to work?"),
        both("Wat zou je het meest missen als je hier wegging?", "What would you miss most if you left?"),
      ],
    },
    {
      key: "chafes",
      minutes: 15,
      title: both("Wat schuurt", "What chafes"),
      prompts: [
        both("Wat frustreert je in je werk, ook als het klein lijkt?", "What frustrates you in your work, even if it seems small?"),
        both("Heb je weleens overwogen om weg te gaan? Wat speelde er toen?", "Have you ever thought about leaving? What was going on at the time?"),
        both("Wat zou je veranderen als jij het voor het zeggen had?", "What would you change if it were up to you?"),
      ],
    },
    {
      key: "recognition",
      minutes: 10,
      title: both("Waardering", "Recognition"),
      prompts: [
        both("Voel je je gewaardeerd voor wat je doet? Waaraan merk je dat?", "Do you feel valued for what you do? How can you tell?"),
        both("Hoe krijg je waardering het liefst: in het team, één op één, of op een andere manier?", "How do you like to be recognised: in the team, one to one, or in another way?"),
      ],
    },
    {
      key: "ahead",
      minutes: 10,
      title: both("Vooruitkijken", "Looking ahead"),
      prompts: [
        both("Wat moet er gebeuren zodat je hier over een jaar nog steeds met plezier werkt?", "What needs to happen for you to still enjoy working here a year from now?"),
        both("Wat kan ik als leidinggevende doen om dat mogelijk te maken?", "What can I as your manager do to make that possible?"),
      ],
    },
  ],
  preparation: both(
    "Ik wil graag met je praten over wat je werk voor jou de moeite waard maakt, en over wat beter kan. Niet omdat er iets aan de hand is, maar omdat ik het belangrijk vind dat je hier met plezier blijft werken. Denk vooraf na over wat je energie geeft, wat je frustreert en wat je zou veranderen als jij het voor het zeggen had. Alles wat je zegt, is welkom.",
    "I would like to talk with you about what makes your work worthwhile for you, and about what could be better. Not because anything is wrong, but because I want you to keep enjoying your work here. Think beforehand about what gives you energy, what frustrates you and what you would change if it were up to you. Whatever you want to say is welcome.",
  ),
  closing: {
    minutes: 5,
    title: both("Afspraken en acties", "Agreements and actions"),
    prompts: [
      both("Wat pakken we als eerste aan?", "What do we tackle first?"),
      both("Welke acties spreken we af, en wanneer praten we weer?", "Which actions do we agree on, and when do we talk again?"),
    ],
  },
};
