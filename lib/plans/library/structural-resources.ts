import type { Intervention } from '../types';

/**
 * More structural resources (seed 002, form 2): autonomy, variety, development. Seed 002 found this
 * form goes with more well-being; seed 003 that these resources explain differences best.
 */
export const structuralResources: readonly Intervention[] = [
  {
    key: 'structural_crafting',
    category: 'structural_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Meer regelruimte in je werk', en: 'More say over how you work' },
    description: {
      nl: 'Je kiest met je leidinggevende één of twee dingen waarover je zelf meer te zeggen krijgt: de volgorde van je taken, wanneer je wat doet of hoe je een taak aanpakt. Begin klein en kijk na een paar weken wat het oplevert.',
      en: 'You and your manager choose one or two things you get more say over: the order of your tasks, when you do what, or how you approach a task. Start small and see after a few weeks what it brings.',
    },
    employerWording: {
      nl: 'De leidinggevende geeft de medewerker meer ruimte om zelf te bepalen hoe en wanneer taken worden uitgevoerd, bijvoorbeeld de volgorde van het werk of de indeling van de dag. Na zes weken bespreken ze hoe dat werkt.',
      en: 'The manager gives the employee more room to decide how and when tasks are done, for example the order of the work or how the day is planned. After six weeks they discuss how it is working.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn: structurele hulpbronnen zoals autonomie vergroten ging samen met meer welzijn; werkgevers kunnen dat stimuleren met meer flexibiliteit in tijdsindeling en taakuitvoering. Arjan van Dam (over veranderingen en werkgeluk): volgens Karasek weegt controle over je werk zwaarder dan de hoeveelheid werk.',
      en: 'Research on job crafting and well-being: increasing structural resources such as autonomy went with more well-being; employers can encourage it with more flexibility in scheduling and in how tasks are done. Arjan van Dam (on change and happiness at work): according to Karasek, control over your work matters more than the amount of work.',
    },
  },
  {
    key: 'influence_on_content',
    category: 'structural_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Invloed op de inhoud van je werk', en: 'Influence on the content of your work' },
    description: {
      nl: 'Je bespreekt met je leidinggevende waar je meer invloed op wilt hebben: welke taken je doet, hoe het werk is ingericht, welke werkwijze jullie kiezen. Je neemt zelf een voorstel mee.',
      en: 'You discuss with your manager what you would like more influence over: which tasks you do, how the work is set up, which way of working you choose. You bring a proposal yourself.',
    },
    employerWording: {
      nl: 'De medewerker krijgt invloed op de inhoud van het eigen werk: welke taken en welke werkwijze. De leidinggevende bespreekt een voorstel van de medewerker en beslist daar binnen vier weken over.',
      en: 'The employee gets influence over the content of their own work: which tasks and which way of working. The manager discusses a proposal from the employee and decides on it within four weeks.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’: beroepen met meer autonomie en invloed op het werk scoren structureel beter, ongeacht de hoogte van de taakeisen; meer invloed op de inhoud van het werk staat op de lijst van wat de werkbeleving verbetert.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’: professions with more autonomy and influence on the work score consistently better, whatever the level of demands; more influence on the content of the work is on the list of what improves the experience of work.',
    },
  },
  {
    key: 'participation_in_decisions',
    category: 'structural_resources',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Meepraten over veranderingen', en: 'A voice in changes' },
    description: {
      nl: 'Verandert er in je team of organisatie iets wat je werk raakt, dan wil je vooraf kunnen meedenken. Je vraagt je leidinggevende je bij zulke besluiten te betrekken, bijvoorbeeld in een werkgroep of het teamoverleg.',
      en: 'When something changes in your team or organisation that affects your work, you want to be able to think along beforehand. You ask your manager to involve you in such decisions, for example in a working group or the team meeting.',
    },
    employerWording: {
      nl: 'De medewerker wordt vooraf betrokken bij besluiten en veranderingen die het eigen werk raken, bijvoorbeeld via het teamoverleg of een werkgroep.',
      en: 'The employee is involved beforehand in decisions and changes that affect their own work, for example through the team meeting or a working group.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt participatie in de besluitvorming als hulpbron. Arjan van Dam (over veranderingen en werkgeluk) noemt mee kunnen denken met veranderingen als energiebron, en vraagt wanneer je je serieus genomen voelt bij inspraak.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement names participation in decision-making as a resource. Arjan van Dam (on change and happiness at work) names being able to think along with changes as an energy source, and asks when you feel taken seriously when having your say.',
    },
  },
  {
    key: 'clarify_role',
    category: 'structural_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Je rol en doelen helder maken', en: 'Clarify your role and goals' },
    description: {
      nl: 'Je zet met je leidinggevende op papier wat je taken zijn, waar je verantwoordelijkheid ophoudt en van wie je opdrachten krijgt. Krijg je tegenstrijdige opdrachten, dan spreek je af wie beslist wat voorgaat.',
      en: 'You and your manager write down what your tasks are, where your responsibility ends and who gives you assignments. If you get conflicting assignments, you agree who decides what comes first.',
    },
    employerWording: {
      nl: 'Leidinggevende en medewerker leggen vast wat de taken en doelen van de medewerker zijn, waar de verantwoordelijkheid ophoudt en wie opdrachten geeft. Bij tegenstrijdige opdrachten beslist de leidinggevende wat voorgaat.',
      en: 'The manager and the employee set down the employee’s tasks and goals, where the responsibility ends and who gives assignments. When assignments conflict, the manager decides what comes first.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt onduidelijke doelen en onzekerheid of je het goed doet als stressor, en duidelijkere doelen en taken als hulpbron. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt rolproblemen als taakeis die samengaat met burn-out.',
      en: 'A burnout treatment practice names unclear goals and uncertainty about whether you are doing well as a stressor, and clearer goals and tasks as a resource. An article on Arnold Bakker’s research into burnout and engagement names role problems as a job demand that goes with burnout.',
    },
  },
  {
    key: 'training_course',
    category: 'structural_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Een training of cursus', en: 'A training or course' },
    description: {
      nl: 'Je kiest een training, cursus of opleiding waar je zin in hebt en die je iets nieuws leert wat je in je werk kunt gebruiken. Je bespreekt met je leidinggevende de tijd en de kosten.',
      en: 'You choose a training, course or programme you look forward to and that teaches you something new you can use in your work. You discuss the time and the costs with your manager.',
    },
    employerWording: {
      nl: 'De werkgever maakt tijd en budget vrij voor een training of cursus die de medewerker kiest en die aansluit bij het werk.',
      en: 'The employer makes time and budget available for a training or course the employee chooses and that fits the work.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn: structurele hulpbronnen zoals ontwikkelmogelijkheden vergroten ging samen met meer welzijn. Een behandelpraktijk voor burn-out noemt training en cursussen als werkgerelateerde hulpbron; de AZW-longread ‘Werkdruk is niet het hele verhaal’ noemt meer mogelijkheden om je te ontwikkelen.',
      en: 'Research on job crafting and well-being: increasing structural resources such as development opportunities went with more well-being. A burnout treatment practice names training and courses as a work resource; the AZW long read ‘Werkdruk is niet het hele verhaal’ names more opportunities to develop.',
    },
  },
  {
    key: 'career_conversation',
    category: 'structural_resources',
    level: 'person',
    owner: 'hr',
    title: { nl: 'Loopbaangesprek', en: 'Career conversation' },
    description: {
      nl: 'Je voert een gesprek met HR of een loopbaanadviseur over waar je over een paar jaar wilt staan en welke stappen daarbij horen. Je gaat er voorbereid in: wat geeft je energie in je werk en wat wil je nog leren?',
      en: 'You talk with HR or a career adviser about where you want to be in a few years and which steps lead there. You go in prepared: what gives you energy in your work, and what do you still want to learn?',
    },
    employerWording: {
      nl: 'HR voert met de medewerker een loopbaangesprek over de mogelijkheden binnen de organisatie en legt de afgesproken vervolgstappen vast.',
      en: 'HR holds a career conversation with the employee about the opportunities within the organisation and records the agreed next steps.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’ rekent loopbaanperspectief tot de hulpbronnenindex; een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt gebrek aan loopbaanperspectief als correlaat van burn-out.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’ includes career perspective in the resources index; an article on Arnold Bakker’s research into burnout and engagement names a lack of career perspective as a correlate of burnout.',
    },
  },
  {
    key: 'task_variety',
    category: 'structural_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Meer afwisseling in je taken', en: 'More variety in your tasks' },
    description: {
      nl: 'Je bespreekt met je leidinggevende of je een deel van je tijd andere taken kunt doen, bijvoorbeeld door taken te ruilen met een collega of mee te draaien op een andere plek.',
      en: 'You discuss with your manager whether you can spend part of your time on other tasks, for example by swapping tasks with a colleague or joining another team for a while.',
    },
    employerWording: {
      nl: 'De leidinggevende zorgt voor meer afwisseling in het takenpakket van de medewerker, bijvoorbeeld door taken te ruilen met collega’s of mee te draaien op een andere afdeling.',
      en: 'The manager brings more variety into the employee’s tasks, for example by swapping tasks with colleagues or joining another department for a while.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn noemt taakvariatie als structurele hulpbron; die vergroten ging samen met meer welzijn. Een behandelpraktijk voor burn-out noemt saaie of zichzelf herhalende bezigheden als stressor.',
      en: 'Research on job crafting and well-being names task variety as a structural resource; increasing it went with more well-being. A burnout treatment practice names dull or repetitive activities as a stressor.',
    },
  },
  {
    key: 'job_crafting_plan',
    category: 'structural_resources',
    level: 'person',
    owner: 'client',
    title: { nl: 'Je eigen job-craftingplan', en: 'Your own job crafting plan' },
    description: {
      nl: 'Je kijkt met je coach welke kleine aanpassingen je zelf in je werk kunt doen: meer van wat je energie geeft, anders omgaan met wat energie kost. Je kiest er één of twee uit en bespreekt die met je leidinggevende.',
      en: 'With your coach you look at which small changes you can make in your work yourself: more of what gives you energy, a different way of handling what costs energy. You pick one or two and discuss them with your manager.',
    },
    employerWording: {
      nl: 'De medewerker doet een voorstel voor kleine aanpassingen in het eigen werk en bespreekt dat met de leidinggevende. Samen spreken ze af wat de medewerker gaat uitproberen.',
      en: 'The employee proposes small changes to their own work and discusses them with the manager. Together they agree what the employee will try out.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn: bij job crafting past de werknemer zelf taken en werkrelaties aan, zodat het werk beter past bij voorkeuren, vaardigheden en motivatie. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: dat gebeurt het best in dialoog met een leidinggevende die stimuleert.',
      en: 'Research on job crafting and well-being: in job crafting employees adjust their own tasks and working relationships so the work better fits their preferences, skills and motivation. An article on Arnold Bakker’s research into burnout and engagement: this works best in dialogue with an encouraging manager.',
    },
  },
];
