import type { Intervention } from '../types';

/**
 * Fewer hindering demands (seed 002, form 4). Seed 002 also found that lowering hindering demands
 * alone went with less well-being, so these items keep the tasks that give energy and sit beside
 * resource items (see ../hints.ts).
 */
export const hinderingDemands: readonly Intervention[] = [
  {
    key: 'gradual_rebuild',
    category: 'hindering_demands',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Tijdelijk afgebakend takenpakket', en: 'A temporarily bounded set of tasks' },
    description: {
      nl: 'Je maakt met je leidinggevende een overzicht van je taken. Samen kies je welke je voorlopig houdt, welke iemand anders overneemt en welke kunnen wachten. Houd vooral de taken die je energie geven. Elke zes weken kijk je of er iets bij kan.',
      en: 'You and your manager list your tasks. Together you choose which ones you keep for now, which someone else takes over and which can wait. Keep above all the tasks that give you energy. Every six weeks you look at whether something can be added.',
    },
    employerWording: {
      nl: 'De leidinggevende stelt met de medewerker een tijdelijk takenpakket vast: welke taken blijven, welke worden overgedragen en welke wachten. Ze bekijken dit pakket elke zes weken samen en passen het zo nodig aan.',
      en: 'The manager and the employee agree on a temporary set of tasks: which tasks stay, which are handed over and which wait. They review this set together every six weeks and adjust it where needed.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out: de werkgever heeft invloed op de taakeisen, en de taak van een leidinggevende is vooral de juiste taken bij de juiste persoon te leggen. Onderzoek naar job crafting en welzijn waarschuwt: belemmerende taakeisen verminderen ging samen met minder welzijn (via minder authenticiteit), dus houd de taken die energie geven.',
      en: 'A burnout treatment practice: the employer controls the job demands, and a manager’s job is above all to give the right tasks to the right person. Research on job crafting and well-being warns that reducing hindering demands went with less well-being (through less authenticity), so keep the tasks that give energy.',
    },
  },
  {
    key: 'reprioritise_with_manager',
    category: 'hindering_demands',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Prioriteiten herijken met je leidinggevende', en: 'Reprioritise with your manager' },
    description: {
      nl: 'Je legt je lijst met taken en deadlines naast die van je leidinggevende. Samen bepaal je wat echt voorgaat, wat later kan en wat vervalt. Spreek af hoe je het voortaan aankaart als er iets nieuws bijkomt, zodat er dan ook iets afgaat.',
      en: 'You put your list of tasks and deadlines next to your manager’s. Together you decide what really comes first, what can wait and what is dropped. Agree how you will raise it from now on when new work comes in, so that something else comes off the list.',
    },
    employerWording: {
      nl: 'Leidinggevende en medewerker bepalen samen de prioriteiten: wat voorgaat, wat later kan en wat vervalt. Komt er nieuw werk bij, dan spreken ze af wat daarvoor wijkt. Ze bespreken de prioriteiten elke twee weken.',
      en: 'The manager and the employee set the priorities together: what comes first, what can wait and what is dropped. When new work comes in, they agree what makes way for it. They review the priorities every two weeks.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt simpelweg veel werk en veel deadlines op korte termijn als stressoren, en legt de invloed op taakeisen bij de werkgever. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: job crafting gebeurt in dialoog met de leidinggevende, doorlopend en niet alleen in het jaargesprek.',
      en: 'A burnout treatment practice names simply a lot of work and many short-term deadlines as stressors, and places control over job demands with the employer. An article on Arnold Bakker’s research into burnout and engagement: job crafting happens in dialogue with the manager, continuously and not only in the yearly review.',
    },
  },
  {
    key: 'focus_time',
    category: 'hindering_demands',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Vaste blokken voor geconcentreerd werk', en: 'Set blocks for focused work' },
    description: {
      nl: 'Je reserveert vaste blokken in je week waarin je zonder onderbrekingen aan één taak werkt: meldingen uit, telefoon doorgeschakeld. Je leidinggevende en collega’s weten dat je dan niet gestoord wordt, behalve bij spoed.',
      en: 'You reserve set blocks in your week in which you work on one task without interruptions: notifications off, phone diverted. Your manager and colleagues know you are not to be disturbed then, except in an emergency.',
    },
    employerWording: {
      nl: 'De medewerker heeft vaste blokken voor geconcentreerd werk zonder onderbrekingen. De leidinggevende steunt dit en plant in die blokken geen overleg.',
      en: 'The employee has set blocks for focused work without interruptions. The manager supports this and schedules no meetings in those blocks.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt ingewikkelde projecten en veel deadlines op korte termijn als stressoren. Arjan van Dam (over veranderingen en werkgeluk): kenniswerk vraagt veel informatie in korte tijd te verwerken. Minder onderbrekingen verlagen die belasting zonder het werk zelf uit te kleden.',
      en: 'A burnout treatment practice names complicated projects and many short-term deadlines as stressors. Arjan van Dam (on change and happiness at work): knowledge work means processing a lot of information in little time. Fewer interruptions lower that load without stripping the work itself.',
    },
  },
  {
    key: 'out_of_hours_norms',
    category: 'hindering_demands',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Afspraken over bereikbaarheid buiten werktijd', en: 'Agreements on contact outside working hours' },
    description: {
      nl: 'Je leidinggevende maakt met het team afspraken over mail, appjes en telefoontjes buiten werktijd: wat kan wachten tot de volgende werkdag en wat is echt spoed. Zo hoef je niet steeds zelf de grens te trekken.',
      en: 'Your manager agrees with the team on mail, messages and calls outside working hours: what can wait until the next working day and what is truly urgent. That way you do not have to draw the line yourself every time.',
    },
    employerWording: {
      nl: 'De leidinggevende maakt met het team afspraken over contact buiten werktijd: berichten na werktijd hoeven pas de volgende werkdag beantwoord te worden, en voor echte spoed is er een vaste route.',
      en: 'The manager agrees with the team on contact outside working hours: messages sent after hours need not be answered until the next working day, and there is a fixed route for real emergencies.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt werk-thuisinterferentie als taakeis die samengaat met burn-out. De AZW-longread ‘Werkdruk is niet het hele verhaal’: verschillen zitten vooral in hoe het werk is georganiseerd; een teamafspraak legt de grens niet alleen op de schouders van één medewerker.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement names work–home interference as a job demand that goes with burnout. The AZW long read ‘Werkdruk is niet het hele verhaal’: differences lie mostly in how the work is organised; a team agreement does not leave the line to one employee alone.',
    },
  },
  {
    key: 'caseload_balance',
    category: 'hindering_demands',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Zware en lichtere taken afwisselen', en: 'Alternate heavy and lighter work' },
    description: {
      nl: 'Je bespreekt met je leidinggevende hoe de zwaarste situaties of dossiers worden verdeeld. Het doel is niet dat je alles wat zwaar is kwijtraakt, maar dat het wordt afgewisseld met werk dat minder van je vraagt.',
      en: 'You discuss with your manager how the heaviest situations or cases are shared out. The aim is not to lose everything that is heavy, but to alternate it with work that asks less of you.',
    },
    employerWording: {
      nl: 'De leidinggevende verdeelt emotioneel zware taken of dossiers zo dat ze worden afgewisseld met lichter werk, en bespreekt die verdeling met de medewerker.',
      en: 'The manager shares out emotionally heavy tasks or cases so that they alternate with lighter work, and discusses that division with the employee.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn noemt emotioneel inspannend werk als belemmerende taakeis, maar vond ook dat zulke eisen verminderen samenging met minder welzijn; daarom afwisselen in plaats van wegnemen. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt emotionele belasting en de ernst van de problematiek als taakeisen.',
      en: 'Research on job crafting and well-being names emotionally taxing work as a hindering demand, but also found that reducing such demands went with less well-being; hence alternating rather than removing. An article on Arnold Bakker’s research into burnout and engagement names emotional demands and the severity of the problems handled as job demands.',
    },
  },
  {
    key: 'hr_mediation',
    category: 'hindering_demands',
    level: 'team',
    owner: 'hr',
    title: { nl: 'Bemiddeling bij spanningen in het team', en: 'Mediation for tension in the team' },
    description: {
      nl: 'Blijven de spanningen met een collega of in het team bestaan, dan kan HR een begeleid gesprek regelen met een neutrale bemiddelaar. Je bepaalt samen met je coach of en wanneer je daarom vraagt.',
      en: 'If the tension with a colleague or in the team persists, HR can arrange a guided conversation with a neutral mediator. You decide with your coach whether and when to ask for it.',
    },
    employerWording: {
      nl: 'HR regelt op verzoek van de medewerker een begeleid gesprek met een neutrale bemiddelaar over de samenwerking.',
      en: 'At the employee’s request, HR arranges a guided conversation about the working relationship with a neutral mediator.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out: slechte werkrelaties zijn in de praktijk bijna altijd aanwezig bij zwaardere klachten, en de werkgever heeft invloed op deze taakeisen.',
      en: 'A burnout treatment practice: poor working relationships are almost always present in more serious cases, and the employer has control over these demands.',
    },
  },
];
