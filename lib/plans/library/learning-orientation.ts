import type { Intervention } from '../types';

/** Learning orientation (seed 000): protects against stress in times of change. */
export const learningOrientation: readonly Intervention[] = [
  {
    key: 'learning_reframe',
    category: 'learning_orientation',
    level: 'person',
    owner: 'client',
    title: { nl: '‘Ik ben aan het leren’', en: '‘I am learning’' },
    description: {
      nl: 'Merk je dat je denkt ‘ik kan het niet meer’, zeg dan tegen jezelf: ‘ik ben aan het leren’. Vraag je daarna af wat je van deze situatie kunt leren. Schrijf een paar van die momenten op en bespreek ze met je coach.',
      en: 'When you notice yourself thinking ‘I can’t do it any more’, tell yourself: ‘I am learning’. Then ask yourself what you can learn from this situation. Write down a few of those moments and discuss them with your coach.',
    },
    employerWording: {
      nl: 'De leidinggevende behandelt fouten bij nieuwe of veranderde taken als leerervaring, niet als beoordelingspunt.',
      en: 'The manager treats mistakes in new or changed tasks as a learning experience, not as a point of appraisal.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk): een leergerichte houding beschermt tegen stress bij veranderingen en vergroot het vertrouwen in eigen kunnen. Wie prestatiegericht is, kan tegen zichzelf zeggen ‘ik leer’ in plaats van ‘ik kan het niet meer’.',
      en: 'Arjan van Dam (on change and happiness at work): a learning orientation protects against stress in times of change and builds confidence in your own abilities. Someone who is performance-oriented can tell themselves ‘I am learning’ instead of ‘I can’t do it any more’.',
    },
  },
  {
    key: 'work_experiments',
    category: 'learning_orientation',
    level: 'person',
    owner: 'client',
    title: { nl: 'Experimenteren met je werkwijze', en: 'Experiment with how you work' },
    description: {
      nl: 'Je kiest één ding in je werk dat je anders wilt aanpakken en probeert twee weken een nieuwe werkwijze. Lukt het niet, dan is dat geen falen maar informatie: wat werkt dan wel? Je bespreekt de uitkomst met je coach.',
      en: 'You pick one thing in your work you want to approach differently and try a new way of working for two weeks. If it does not work, that is not failure but information: what does work? You discuss the outcome with your coach.',
    },
    employerWording: {
      nl: 'De medewerker krijgt ruimte om nieuwe werkwijzen uit te proberen. Een poging die niet werkt, telt niet mee in de beoordeling.',
      en: 'The employee gets room to try out new ways of working. An attempt that does not work does not count in the appraisal.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk): wie leergericht is, experimenteert met nieuwe werkwijzen en ziet wat niet werkt als leerervaring, niet als falen. Het voorbeeld van Simone laat zien hoe dat weer grip geeft.',
      en: 'Arjan van Dam (on change and happiness at work): learning-oriented people experiment with new ways of working and see what does not work as a learning experience, not as failure. Simone’s example shows how that restores a sense of control.',
    },
  },
  {
    key: 'ask_for_feedback',
    category: 'learning_orientation',
    level: 'person',
    owner: 'client',
    title: { nl: 'Zelf om feedback vragen', en: 'Ask for feedback yourself' },
    description: {
      nl: 'Na een afgeronde taak vraag je een collega, je leidinggevende of een klant: wat ging goed en wat kan beter? Begin bij iemand bij wie je je veilig voelt. Zo wen je eraan dat ook kritische feedback je verder helpt.',
      en: 'After finishing a task you ask a colleague, your manager or a customer: what went well and what could be better? Start with someone you feel safe with. That way you get used to critical feedback helping you forward too.',
    },
    employerWording: {
      nl: 'De medewerker vraagt na afgeronde taken om feedback. Leidinggevende en collega’s geven die concreet en opbouwend.',
      en: 'The employee asks for feedback after finishing tasks. The manager and colleagues give it concretely and constructively.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk): leergerichte mensen waarderen positieve én negatieve feedback en zoeken die actief op, ook bij klanten. Onderzoek naar job crafting en welzijn: feedback helpt alleen als die opbouwend wordt gebracht.',
      en: 'Arjan van Dam (on change and happiness at work): learning-oriented people value both positive and negative feedback and actively seek it, also from customers. Research on job crafting and well-being: feedback only helps when delivered constructively.',
    },
  },
  {
    key: 'learning_goal',
    category: 'learning_orientation',
    level: 'person',
    owner: 'client',
    title: { nl: 'Een leerdoel in plaats van een prestatiedoel', en: 'A learning goal instead of a performance goal' },
    description: {
      nl: 'Je formuleert voor de komende weken een doel als leerdoel: niet ‘ik moet dit foutloos doen’, maar ‘ik wil leren hoe ik dit aanpak’. Je coach helpt je het doel klein en concreet te maken.',
      en: 'For the coming weeks you phrase a goal as a learning goal: not ‘I must do this flawlessly’ but ‘I want to learn how to approach this’. Your coach helps you keep the goal small and concrete.',
    },
    employerWording: {
      nl: 'Leidinggevende en medewerker spreken voor een nieuwe of lastige taak een leerdoel af: wat de medewerker wil leren en wanneer ze bespreken hoe het gaat.',
      en: 'For a new or difficult task, the manager and the employee agree on a learning goal: what the employee wants to learn and when they discuss how it is going.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk): prestatiegerichte mensen stellen veilige, haalbare doelen en vermijden fouten; leergerichte mensen stellen uitdagende doelen en zien fouten als deel van het leerproces. De twee oriëntaties staan los van elkaar.',
      en: 'Arjan van Dam (on change and happiness at work): performance-oriented people set safe, achievable goals and avoid mistakes; learning-oriented people set challenging goals and see mistakes as part of learning. The two orientations are independent of each other.',
    },
  },
];
