import type { Intervention } from '../types';

/** Measures of the organisation: seed 003 found differences sit mostly in how the work is organised. */
export const organisation: readonly Intervention[] = [
  {
    key: 'cut_registration_work',
    category: 'organisation',
    level: 'organisation',
    owner: 'manager',
    title: { nl: 'Minder registratie- en verslagwerk', en: 'Less registration and reporting work' },
    description: {
      nl: 'Je houdt een week bij hoeveel tijd je kwijt bent aan verslagen en registratie, en welke daarvan dubbel of overbodig aanvoelen. Je leidinggevende neemt die lijst mee om te kijken wat kan vervallen, eenvoudiger kan of door iemand anders kan worden gedaan.',
      en: 'For one week you track how much time you spend on reports and registration, and which of it feels duplicated or unnecessary. Your manager takes that list to see what can be dropped, simplified or done by someone else.',
    },
    employerWording: {
      nl: 'De leidinggevende inventariseert met het team welke registratie- en verslagtaken dubbel of overbodig zijn, en laat die vervallen, vereenvoudigen of door ondersteuning uitvoeren. Na drie maanden worden de resultaten besproken.',
      en: 'The manager and the team list which registration and reporting tasks are duplicated or unnecessary, and have them dropped, simplified or done by support staff. The results are reviewed after three months.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’: administratieve lasten (tijd voor verslaglegging en registratie) tellen mee in de taakeisenindex, en verschillen tussen beroepen zitten vooral in hoe het werk is georganiseerd. Arjan van Dam (over veranderingen en werkgeluk): Simone verloor werkplezier doordat steeds meer tijd naar computerwerk ging in plaats van naar klantgesprekken.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’: administrative burden (time spent on reporting and registration) counts towards the demands index, and differences between professions lie mostly in how the work is organised. Arjan van Dam (on change and happiness at work): Simone lost her enjoyment of work as more and more time went to computer work instead of client conversations.',
    },
  },
  {
    key: 'simplify_procedures',
    category: 'organisation',
    level: 'organisation',
    owner: 'manager',
    title: { nl: 'Eenvoudiger regels en meer mandaat', en: 'Simpler rules and more mandate' },
    description: {
      nl: 'Je maakt een lijstje van regels, formulieren en goedkeuringsrondes die je werk ophouden. Je leidinggevende bekijkt welke daarvan kunnen vervallen en voor welke beslissingen je zelf het mandaat krijgt.',
      en: 'You list the rules, forms and approval rounds that hold up your work. Your manager looks at which can be dropped and for which decisions you get the mandate yourself.',
    },
    employerWording: {
      nl: 'De leidinggevende bekijkt welke procedures en goedkeuringsrondes het werk van de medewerker ophouden, schrapt of vereenvoudigt wat kan en geeft mandaat voor eenvoudige beslissingen.',
      en: 'The manager reviews which procedures and approval rounds hold up the employee’s work, removes or simplifies what can go, and gives a mandate for simple decisions.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt te veel bureaucratische regelgeving als stressor. De AZW-longread ‘Werkdruk is niet het hele verhaal’: verbetering vraagt meer professionele ruimte, en verschillen zitten vooral in hoe het werk is ingericht.',
      en: 'A burnout treatment practice names too much bureaucratic regulation as a stressor. The AZW long read ‘Werkdruk is niet het hele verhaal’: improvement calls for more professional room, and differences lie mostly in how the work is set up.',
    },
  },
  {
    key: 'safety_protocol',
    category: 'organisation',
    level: 'organisation',
    owner: 'manager',
    title: { nl: 'Een veiligheidsprotocol dat werkt', en: 'A safety protocol that works' },
    description: {
      nl: 'Je gaat na of er op je werk een protocol is voor agressie en intimidatie, en of het ook echt wordt gebruikt: hoe meld je een incident, wie grijpt in, wanneer werk je niet alleen? Je bespreekt met je leidinggevende wat er ontbreekt.',
      en: 'You check whether your workplace has a protocol for aggression and intimidation, and whether it is really used: how do you report an incident, who steps in, when do you not work alone? You discuss with your manager what is missing.',
    },
    employerWording: {
      nl: 'De werkgever zorgt voor een duidelijk protocol bij agressie en intimidatie: hoe een incident wordt gemeld, wie ingrijpt en welke maatregelen gelden, zoals niet alleen werken in risicovolle situaties. Elk incident wordt gemeld, geregistreerd en besproken.',
      en: 'The employer provides a clear protocol for aggression and intimidation: how an incident is reported, who steps in and which measures apply, such as not working alone in risky situations. Every incident is reported, recorded and discussed.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’ rekent agressie van cliënten en binnen de organisatie tot de taakeisenindex; het minst gunstige profiel combineert veel agressie met weinig steun. Een behandelpraktijk voor burn-out: de werkgever heeft invloed op deze taakeisen.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’ includes aggression from clients and within the organisation in the demands index; the least favourable profile combines much aggression with little support. A burnout treatment practice: the employer controls these demands.',
    },
  },
  {
    key: 'confidential_counsellor',
    category: 'organisation',
    level: 'organisation',
    owner: 'hr',
    title: { nl: 'De vertrouwenspersoon', en: 'The confidential counsellor' },
    description: {
      nl: 'Gaat het om intimidatie of grensoverschrijdend gedrag van een collega of je leidinggevende, dan is de vertrouwenspersoon de eerste stap, niet je leidinggevende. Die luistert in vertrouwen en bespreekt met je welke stappen mogelijk zijn. Dit punt hoef je niet met je werkgever te delen: jij beslist of je het vrijgeeft.',
      en: 'If it concerns intimidation or inappropriate behaviour by a colleague or your manager, the confidential counsellor is the first step, not your manager. They listen in confidence and discuss with you which steps are possible. You do not have to share this item with your employer: you decide whether to release it.',
    },
    employerWording: {
      nl: 'De organisatie heeft een vertrouwenspersoon die voor alle medewerkers bekend en bereikbaar is, ook buiten de eigen afdeling om.',
      en: 'The organisation has a confidential counsellor who is known and reachable for all employees, also outside their own department.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’ telt agressie binnen de organisatie (door collega’s of leidinggevenden) apart mee in de taakeisenindex. Bij gedrag van de eigen leidinggevende is die niet de juiste eerste ingang; de vertrouwenspersoon wel.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’ counts aggression within the organisation (by colleagues or managers) separately in the demands index. When the behaviour comes from one’s own manager, that manager is not the right first contact; the confidential counsellor is.',
    },
  },
  {
    key: 'team_resource_scan',
    category: 'organisation',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Teamgesprek over taakeisen en hulpbronnen', en: 'Team conversation about demands and resources' },
    description: {
      nl: 'Je leidinggevende bespreekt met het hele team wat in het werk energie kost en wat energie geeft, en welke hulpbronnen het team mist. Zo wordt het een zaak van het team en niet alleen van jou.',
      en: 'Your manager discusses with the whole team what in the work costs energy and what gives energy, and which resources the team lacks. That makes it a matter for the team, not just for you.',
    },
    employerWording: {
      nl: 'De leidinggevende bespreekt met het team wat in het werk energie kost en wat energie geeft, en spreekt twee of drie verbeteringen af, met een datum om ze te evalueren.',
      en: 'The manager discusses with the team what in the work costs energy and what gives energy, and agrees on two or three improvements, with a date to evaluate them.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’: verschillen in werkbeleving zitten vooral in hoe het werk is georganiseerd, niet in het werk zelf; werkdruk verlagen is maar een deel van de oplossing, hulpbronnen versterken is minstens zo belangrijk.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’: differences in how work is experienced lie mostly in how it is organised, not in the work itself; lowering workload is only part of the solution, strengthening resources matters at least as much.',
    },
  },
];
