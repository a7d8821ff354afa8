import type { Guide } from "@/lib/conversations/core/guide-types";
import { both } from "@/lib/conversations/core/guides/text";

// The pair's first meeting: getting to know each other, what each expects, what stays between the two of
// them, and how they will work together. Written for Kring (issue 12).

export const mentoringFirst: Guide = {
  key: "mentoringFirst",
  kind: "mentoringFirst",
  name: both("Het eerste mentorgesprek", "The first mentoring meeting"),
  summary: both(
    "Kennismaken, verwachtingen uitspreken en samen afspreken hoe jullie werken: wat tussen jullie blijft, hoe vaak je elkaar ziet en waar je mee begint.",
    "Get to know each other, say what you expect and agree how you will work together: what stays between you, how often you meet and where you start.",
  ),
  steps: [
    {
      key: "introductions",
      minutes: 10,
      title: both("Kennismaken", "Getting to know each other"),
      prompts: [
        both("Wie ben je, buiten je functietitel? Wat wil je dat de ander van je weet?", "Who are you beyond your job title? What would you like the other to know about you?"),
        both("Wat vraagt op dit moment de meeste aandacht in je werk?", "What is taking up most of your attention at work right now?"),
        both("Waarom heb je je aangemeld voor dit programma?", "Why did you sign up for this programme?"),
      ],
    },
    {
      key: "expectations",
      minutes: 15,
      title: both("Verwachtingen", "Expectations"),
      prompts: [
        both("Wat hoop je over een halfjaar anders te doen of beter te kunnen?", "What do you hope to do differently, or do better, six months from now?"),
        both("Wat verwachten jullie van elkaar, en wat juist niet?", "What do you expect from each other, and what not?"),
        both("Waaraan merk je straks dat deze gesprekken iets opleveren?", "How will you notice later on that these conversations are paying off?"),
      ],
    },
    {
      key: "confidentiality",
      minutes: 10,
      title: both("Vertrouwelijkheid", "Confidentiality"),
      prompts: [
        both("Wat blijft tussen jullie tweeën, en zijn er uitzonderingen waar je het samen over eens wilt zijn?", "What stays between the two of you, and are there exceptions you want to agree on?"),
        both("Wat vertel je je eigen leidinggevende wel of niet over deze gesprekken?", "What do you tell your own manager about these conversations, and what not?"),
        both("Hoe kaart je het aan als iets in de samenwerking niet goed voelt?", "How do you raise it when something about working together doesn't feel right?"),
      ],
    },
    {
      key: "working-together",
      minutes: 10,
      title: both("Zo werken we samen", "How we will work together"),
      prompts: [
        both("Hoe vaak spreken jullie elkaar, hoe lang, en op locatie of online?", "How often do you meet, for how long, and in person or online?"),
        both("Wie neemt het initiatief voor de volgende afspraak, en wat doe je als een afspraak niet doorgaat?", "Who takes the initiative for the next meeting, and what do you do when one falls through?"),
        both("Mag je elkaar tussendoor bellen of een bericht sturen?", "Can you call or message each other in between?"),
      ],
    },
    {
      key: "first-topic",
      minutes: 10,
      title: both("Een eerste onderwerp", "A first topic"),
      prompts: [
        both("Welke vraag of situatie wil je als eerste oppakken?", "Which question or situation do you want to take up first?"),
        both("Wat heb je daar zelf al aan gedaan, en met welk resultaat?", "What have you already tried yourself, and how did it go?"),
      ],
    },
  ],
  preparation: both(
    "Binnenkort hebben jullie je eerste mentorgesprek. Om er meteen een goed gesprek van te maken, kun je vooraf even stilstaan bij een paar vragen: waarom heb je je aangemeld, wat hoop je over een halfjaar anders te doen, en wat verwacht je van de ander? Je hoeft niets op te schrijven; een paar gedachten zijn genoeg. In het gesprek maken jullie ook afspraken over vertrouwelijkheid en over hoe vaak jullie elkaar zien.",
    "Your first mentoring meeting is coming up. To make it a good conversation from the start, take a moment beforehand to think about a few questions: why did you sign up, what do you hope to do differently six months from now, and what do you expect from the other person? There is no need to write anything down; a few thoughts are enough. In the meeting you will also agree on confidentiality and on how often you meet.",
  ),
  closing: {
    minutes: 5,
    title: both("Afspraken en acties", "Agreements and actions"),
    prompts: [
      both("Wat spreken jullie af over vertrouwelijkheid, hoe vaak je elkaar ziet en hoe je contact houdt?", "What do you agree on confidentiality, how often you meet and how you stay in touch?"),
      both("Wie doet wat vóór het volgende gesprek, en wanneer?", "Who does what before the next meeting, and by when?"),
    ],
  },
};
