import type { Intervention } from '../types';

/** Personal resources (seed 004): what the client strengthens in the coaching room. */
export const personalResources: readonly Intervention[] = [
  {
    key: 'assertiveness_practice',
    category: 'personal_resources',
    level: 'person',
    owner: 'client',
    title: { nl: 'Grenzen aangeven oefenen', en: 'Practise setting limits' },
    description: {
      nl: 'Je oefent met je coach hoe je nee zegt, taken teruggeeft of delegeert en aangeeft dat je vol zit, zonder je te verontschuldigen. Je kiest een concrete situatie uit je werk en probeert het daarna in het echt. In de volgende sessie bespreek je hoe het ging.',
      en: 'With your coach you practise saying no, handing back or delegating tasks and saying when your plate is full, without apologising. You pick a concrete situation from your work and then try it for real. In the next session you discuss how it went.',
    },
    employerWording: {
      nl: 'Past het werk niet binnen de beschikbare tijd, dan geeft de medewerker dat aan. De leidinggevende bespreekt dan wat kan wachten of door een ander kan worden gedaan.',
      en: 'When the work does not fit the time available, the employee says so. The manager then discusses what can wait or be done by someone else.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out rekent assertiviteit (taken kunnen weigeren of delegeren, aangeven wanneer je vol zit) tot de persoonlijke hulpbronnen, waar de coaching zich meestal op richt.',
      en: 'A burnout treatment practice counts assertiveness (being able to refuse or delegate tasks, saying when you are full) among the personal resources, where coaching usually focuses.',
    },
  },
  {
    key: 'good_enough',
    category: 'personal_resources',
    level: 'person',
    owner: 'together',
    title: { nl: 'Afspreken wat goed genoeg is', en: 'Agree what good enough is' },
    description: {
      nl: 'Je bespreekt per taak met je leidinggevende welk niveau echt nodig is. Niet alles hoeft perfect: als je weet wat goed genoeg is, kun je je energie steken in wat ertoe doet. Met je coach oefen je om bij dat niveau te stoppen.',
      en: 'You discuss with your manager, task by task, what level is really needed. Not everything has to be perfect: once you know what good enough is, you can put your energy into what matters. With your coach you practise stopping at that level.',
    },
    employerWording: {
      nl: 'Leidinggevende en medewerker spreken per taak af welke kwaliteit nodig is en wanneer iets af is.',
      en: 'The manager and the employee agree, task by task, what quality is needed and when something is finished.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt onduidelijke doelen en onzekerheid of je het goed doet als stressor. Arjan van Dam (over veranderingen en werkgeluk): wie prestatiegericht is, wil laten zien wat hij kan en fouten vermijden; een afgesproken norm voor goed genoeg neemt daar druk weg.',
      en: 'A burnout treatment practice names unclear goals and uncertainty about whether you are doing well as a stressor. Arjan van Dam (on change and happiness at work): performance-oriented people want to show what they can do and avoid mistakes; an agreed standard for good enough takes pressure off.',
    },
  },
  {
    key: 'weekly_planning',
    category: 'personal_resources',
    level: 'person',
    owner: 'client',
    title: { nl: 'Weekplanning', en: 'Weekly planning' },
    description: {
      nl: 'Aan het begin van de week zet je je taken en deadlines op een rij en plan je ze in, met ruimte voor onverwacht werk en pauzes. Zo zie je eerder wanneer het niet past en kun je dat op tijd bespreken.',
      en: 'At the start of the week you list your tasks and deadlines and schedule them, leaving room for unexpected work and breaks. That way you see sooner when it does not fit and can raise it in time.',
    },
    employerWording: {
      nl: 'De medewerker plant elke week de taken en deadlines in en meldt het tijdig aan de leidinggevende als het werk niet past.',
      en: 'Every week the employee schedules the tasks and deadlines and tells the manager in good time when the work does not fit.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out rekent timemanagement (weten hoeveel taken je hebt, deadlines kunnen managen) tot de persoonlijke hulpbronnen.',
      en: 'A burnout treatment practice counts time management (knowing how many tasks you have, being able to manage deadlines) among the personal resources.',
    },
  },
  {
    key: 'success_log',
    category: 'personal_resources',
    level: 'person',
    owner: 'client',
    title: { nl: 'Wat lukte er vandaag?', en: 'What went well today?' },
    description: {
      nl: 'Je schrijft elke dag één of twee dingen op die gelukt zijn, hoe klein ook, en wat jij daaraan bijdroeg. Zo zie je weer wat je kunt en groeit je vertrouwen stap voor stap.',
      en: 'Every day you write down one or two things that went well, however small, and what you contributed. That way you see again what you can do, and your confidence grows step by step.',
    },
    employerWording: {
      nl: 'De leidinggevende besteedt in het vaste overleg met de medewerker ook aandacht aan wat goed gaat in het werk.',
      en: 'In the regular meeting with the employee, the manager also pays attention to what is going well in the work.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: burn-out en bevlogenheid zijn zichzelf versterkende spiralen; successen vergroten het zelfvertrouwen, waardoor je weer meer durft aan te pakken. Een behandelpraktijk voor burn-out rekent zelfvertrouwen en weerbaarheid tot de persoonlijke hulpbronnen.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement: burnout and engagement are self-reinforcing spirals; successes build self-confidence, so you dare to take on more again. A burnout treatment practice counts self-confidence and resilience among the personal resources.',
    },
  },
  {
    key: 'energy_balance_map',
    category: 'personal_resources',
    level: 'person',
    owner: 'coach',
    title: { nl: 'Je energiebalans in kaart', en: 'Map your energy balance' },
    description: {
      nl: 'Met je coach zet je op een rij wat in je werk energie kost en wat energie geeft, in je eigen woorden. Daarna kijk je waar je zelf iets kunt veranderen en waarvoor je je werkgever nodig hebt.',
      en: 'With your coach you list what in your work costs energy and what gives energy, in your own words. Then you look at where you can change something yourself and what you need your employer for.',
    },
    employerWording: {
      nl: 'De medewerker brengt met de coach in kaart wat in het werk energie kost en geeft. De punten waarvoor de werkgever nodig is, komen in het gesprek met de leidinggevende.',
      en: 'With the coach, the employee maps what in the work costs and gives energy. The points that need the employer are taken to the conversation with the manager.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: er is geen algemeen recept; wat energie kost en geeft, verschilt per beroep, organisatie en persoon. Een behandelpraktijk voor burn-out: de werkgever heeft invloed op de taakeisen en de werkgerelateerde hulpbronnen, de cliënt vooral op de persoonlijke.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement: there is no general recipe; what costs and gives energy differs per profession, organisation and person. A burnout treatment practice: the employer controls the job demands and the work resources, the client mainly the personal ones.',
    },
  },
];
