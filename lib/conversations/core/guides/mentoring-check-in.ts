import type { Guide } from "@/lib/conversations/core/guide-types";
import { both } from "@/lib/conversations/core/guides/text";

// A pair's regular meeting: last time's actions first, then what is going on and one question in depth.

export const mentoringCheckIn: Guide = {
  key: "mentoringCheckIn",
  kind: "mentoringCheckIn",
  name: both("Vervolggesprek", "Regular check-in"),
  summary: both(
    "Terugkijken op de acties van vorige keer, bespreken wat er nu speelt en één vraag uitdiepen, met nieuwe acties als resultaat.",
    "Look back on last time's actions, talk about what is going on now and go into one question in depth, ending with new actions.",
  ),
  steps: [
    {
      key: "look-back",
      minutes: 10,
      title: both("Terugblik op de acties", "Looking back on the actions"),
      prompts: [
        both("Wat heb je gedaan met de acties van vorige keer?", "What did you do with last time's actions?"),
        both("Wat ging beter dan verwacht, en wat bleef liggen?", "What went better than expected, and what was left undone?"),
        both("Wat zegt dat over wat je nodig hebt?", "What does that tell you about what you need?"),
      ],
    },
    {
      key: "now",
      minutes: 10,
      title: both("Wat speelt er nu?", "What is going on now?"),
      prompts: [
        both("Waar ben je sinds jullie vorige gesprek het meest mee bezig geweest?", "What has kept you busiest since you last met?"),
        both("Waar kreeg je energie van, en wat kostte je energie?", "What gave you energy, and what drained it?"),
      ],
    },
    {
      key: "question",
      minutes: 20,
      title: both("De vraag van vandaag", "Today's question"),
      prompts: [
        both("Welke situatie of vraag wil je vandaag bespreken?", "Which situation or question do you want to discuss today?"),
        both("Wat maakt dit lastig voor je?", "What makes this hard for you?"),
        both("Wat zou je doen als je niet bang was om het verkeerd te doen?", "What would you do if you weren't afraid of getting it wrong?"),
        both("Welke ervaring van de mentor kan hierbij helpen?", "Which of the mentor's experiences could help here?"),
      ],
    },
    {
      key: "course",
      minutes: 5,
      title: both("Nog op koers?", "Still on course?"),
      prompts: [
        both("Werk je nog aan wat je aan het begin wilde bereiken?", "Are you still working on what you set out to achieve?"),
        both("Wil je iets bijstellen aan je doelen of aan hoe jullie samenwerken?", "Do you want to adjust your goals or the way you work together?"),
      ],
    },
  ],
  preparation: both(
    "Jullie volgende gesprek komt eraan. Kijk vooraf even naar de acties van vorige keer: wat is gelukt en wat niet? Bedenk ook welke situatie of vraag je dit keer wilt bespreken. Hoe concreter, hoe meer je eraan hebt.",
    "Your next meeting is coming up. Beforehand, have a look at last time's actions: what worked out and what didn't? Also think of a situation or question you want to discuss this time. The more concrete it is, the more you will get out of it.",
  ),
  closing: {
    minutes: 5,
    title: both("Afspraken en acties", "Agreements and actions"),
    prompts: [
      both("Wat neem je mee uit dit gesprek?", "What do you take away from this conversation?"),
      both("Welke acties spreek je af, en wanneer wil je ze gedaan hebben?", "Which actions do you agree on, and by when do you want them done?"),
    ],
  },
};
