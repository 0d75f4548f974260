import type { Intervention } from '../types';

/** Recovery: energy comes back before anything is added (seeds 001, 004). */
export const recovery: readonly Intervention[] = [
  {
    key: 'recovery_first',
    category: 'recovery',
    level: 'person',
    owner: 'together',
    title: { nl: 'Eerst herstel, dan opbouwen', en: 'Recovery first, then rebuild' },
    description: {
      nl: 'Zolang je energie zo laag is, gaat herstel voor alles. Je neemt er nu geen nieuwe taken, projecten of cursussen bij. Met je coach kijk je wat je elke dag oplaadt en wat je voorlopig kunt laten liggen. Pas als je merkt dat je energie terugkomt, bouw je weer op, in kleine stappen die je vooraf afspreekt.',
      en: 'While your energy is this low, recovery comes before everything else. You take on no new tasks, projects or courses for now. With your coach you look at what recharges you each day and what you can leave for the time being. Only when you notice your energy coming back do you build up again, in small steps agreed in advance.',
    },
    employerWording: {
      nl: 'Tijdelijk geen nieuwe taken, projecten of extra verantwoordelijkheden. Het takenpakket wordt alleen in overleg en in kleine stappen uitgebreid.',
      en: 'For the time being, no new tasks, projects or extra responsibilities. New tasks are only added by agreement and in small steps.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: bij burn-out past eerst een probleemoplossende aanpak: waar ontstaat de overbelasting en hoe komt de balans tussen taakeisen en hulpbronnen terug. Uitdaging en groei (onderzoek naar job crafting en welzijn) komen pas aan bod als er weer energie is.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement: burnout first calls for a problem-solving approach: where does the overload arise and how is the balance between demands and resources restored. Challenge and growth (research on job crafting and well-being) come later, once there is energy again.',
    },
  },
  {
    key: 'stop_times',
    category: 'recovery',
    level: 'person',
    owner: 'client',
    title: { nl: 'Vaste stoptijden', en: 'Fixed stopping times' },
    description: {
      nl: 'Je spreekt met jezelf een vaste eindtijd voor je werkdag af en sluit af met een kort ritueel: een lijstje voor morgen, laptop dicht, werkmail uit op je telefoon. Zo krijgt je hoofd het signaal dat de werkdag voorbij is. Houd een week bij hoe vaak het lukt en wat je tegenhoudt.',
      en: 'You agree with yourself on a fixed end time for your working day and close it with a short ritual: a list for tomorrow, laptop shut, work mail off on your phone. That tells your mind the working day is over. For one week, note how often it works and what gets in the way.',
    },
    employerWording: {
      nl: 'De medewerker rondt de werkdag op een vast tijdstip af. Werk dat daarna binnenkomt, wordt de volgende werkdag opgepakt.',
      en: 'The employee finishes the working day at a fixed time. Work that comes in after that is picked up the next working day.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out rekent energiemanagement (op tijd stoppen met werken, genoeg ontspannende activiteiten) tot de persoonlijke hulpbronnen. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt werk-thuisinterferentie als taakeis die samengaat met burn-out.',
      en: 'A burnout treatment practice counts energy management (stopping work on time, enough relaxing activities) among the personal resources. An article on Arnold Bakker’s research into burnout and engagement names work–home interference as a job demand that goes with burnout.',
    },
  },
  {
    key: 'recovery_routines',
    category: 'recovery',
    level: 'person',
    owner: 'client',
    title: { nl: 'Vaste momenten om op te laden', en: 'Set times to recharge' },
    description: {
      nl: 'Je plant elke dag iets wat je oplaadt en niets met werk te maken heeft: wandelen, bewegen, muziek, afspreken met iemand. Je zet het in je agenda, net zo vast als een werkafspraak. Je kiest zelf wat bij je past; het gaat erom dat je echt loskomt van je werk.',
      en: 'Every day you plan something that recharges you and has nothing to do with work: a walk, exercise, music, meeting someone. You put it in your diary, as firmly as a work appointment. You choose what suits you; what matters is that you truly switch off from work.',
    },
    employerWording: {
      nl: 'Pauzes en vrije tijd worden gerespecteerd: de leidinggevende plant daarin geen overleg of werk.',
      en: 'Breaks and time off are respected: the manager does not schedule meetings or work in them.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: uitputting en motivatie zijn twee processen die tegelijk lopen; wie te weinig oplaadt, raakt zijn reserves kwijt. Een behandelpraktijk voor burn-out: op tijd stoppen en genoeg ontspannende activiteiten horen bij energiemanagement.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement: exhaustion and motivation are two processes running at the same time; whoever recharges too little runs down their reserves. A burnout treatment practice: stopping on time and enough relaxing activities are part of energy management.',
    },
  },
  {
    key: 'micro_breaks',
    category: 'recovery',
    level: 'person',
    owner: 'client',
    title: { nl: 'Korte pauzes tussen taken', en: 'Short breaks between tasks' },
    description: {
      nl: 'Je bouwt tussen afspraken en taken korte pauzes van een paar minuten in: even opstaan, naar buiten kijken, water halen. Je plant je agenda niet aaneengesloten vol, maar laat tussen afspraken een kwartier vrij.',
      en: 'You build short breaks of a few minutes in between appointments and tasks: stand up, look outside, fetch some water. You do not fill your diary back to back, but leave a quarter of an hour free between appointments.',
    },
    employerWording: {
      nl: 'De agenda van de medewerker wordt niet aaneengesloten volgepland: tussen afspraken blijft een kwartier vrij.',
      en: 'The employee’s diary is not booked back to back: a quarter of an hour stays free between appointments.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt veel deadlines op korte termijn als stressor en energiemanagement als persoonlijke hulpbron. Korte onderbrekingen zijn daar een kleine, haalbare vorm van.',
      en: 'A burnout treatment practice names many short-term deadlines as a stressor and energy management as a personal resource. Short breaks are a small, feasible form of it.',
    },
  },
  {
    key: 'energy_diary',
    category: 'recovery',
    level: 'person',
    owner: 'client',
    title: { nl: 'Energiedagboek', en: 'Energy diary' },
    description: {
      nl: 'Een week lang schrijf je aan het eind van de dag kort op wat je energie kostte en wat je energie gaf, met een cijfer van 0 tot 10 voor je energie (het energiedagboek in het portaal). In de sessie zoek je met je coach naar patronen: welke taken, momenten en mensen maken het verschil?',
      en: 'For a week, at the end of each day you briefly note what cost you energy and what gave you energy, with a score from 0 to 10 for your energy (the energy diary in the portal). In the session you and your coach look for patterns: which tasks, moments and people make the difference?',
    },
    employerWording: {
      nl: 'De medewerker houdt een week lang bij welke taken en momenten energie kosten en welke energie geven. De uitkomst komt terug in het gesprek over het takenpakket.',
      en: 'For a week the employee notes which tasks and moments cost energy and which give energy. The outcome feeds into the conversation about the workload.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid en een behandelpraktijk voor burn-out: wat energie kost en wat energie geeft, verschilt per beroep, organisatie en persoon; er is geen algemeen recept. Daarom begint het bij je eigen ervaring.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement and a burnout treatment practice: what costs and what gives energy differs per profession, organisation and person; there is no general recipe. So it starts with your own experience.',
    },
  },
];
