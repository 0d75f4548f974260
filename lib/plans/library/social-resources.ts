import type { Intervention } from '../types';

/**
 * More social resources (seed 002, form 1): support, coaching, feedback. Seed 002 found no direct
 * link with well-being, probably because feedback cuts both ways; so feedback items ask for
 * constructive delivery.
 */
export const socialResources: readonly Intervention[] = [
  {
    key: 'tripartite_meeting',
    category: 'social_resources',
    level: 'person',
    owner: 'together',
    title: { nl: 'Driegesprek met je leidinggevende en je coach', en: 'Three-way meeting with your manager and your coach' },
    description: {
      nl: 'Een gesprek met jou, je leidinggevende en je coach over de taakeisen die het zwaarst wegen en de hulpbron in je werk die het meest ontbreekt. Je bereidt het met je coach voor en bepaalt zelf wat je wel en niet deelt. Het gesprek levert concrete afspraken op, met een datum om ze samen te bekijken.',
      en: 'A meeting between you, your manager and your coach about the job demands that weigh most and the resource in your work that is most lacking. You prepare it with your coach and decide yourself what you do and do not share. The meeting leads to concrete agreements, with a date to review them together.',
    },
    employerWording: {
      nl: 'Leidinggevende, medewerker en coach voeren een gesprek over de zwaarste taakeisen en over wat de werkgever kan bieden, zoals steun, regelruimte of ontwikkelmogelijkheden. Het gesprek levert concrete afspraken op, met een datum waarop ze samen worden bekeken.',
      en: 'The manager, the employee and the coach meet about the heaviest job demands and about what the employer can offer, such as support, room to organise the work or development opportunities. The meeting leads to concrete agreements, with a date on which they are reviewed together.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out: de werkgever heeft invloed op de taakeisen en de hulpbronnen in het werk, en herstel gaat het snelst als die allemaal worden aangepakt. De AZW-longread ‘Werkdruk is niet het hele verhaal’: hoge eisen met weinig hulpbronnen is het minst gunstige profiel, en hulpbronnen verklaren verschillen beter dan taakeisen.',
      en: 'A burnout treatment practice: the employer controls the job demands and the work resources, and recovery is fastest when all of them are addressed. The AZW long read ‘Werkdruk is niet het hele verhaal’: high demands with few resources is the least favourable profile, and resources explain differences better than demands do.',
    },
  },
  {
    key: 'regular_checkins',
    category: 'social_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Vaste korte gesprekken met je leidinggevende', en: 'Regular short check-ins with your manager' },
    description: {
      nl: 'Je spreekt met je leidinggevende een vast kort gesprek af, bijvoorbeeld elke week een halfuur. Daarin gaat het over hoe het werk loopt, waar je tegenaan loopt en wat je nodig hebt. Jij bepaalt wat je inbrengt.',
      en: 'You and your manager agree on a regular short meeting, for example half an hour every week. It is about how the work is going, what you run into and what you need. You decide what you bring up.',
    },
    employerWording: {
      nl: 'De leidinggevende plant een vast, kort overleg met de medewerker, bijvoorbeeld elke week een halfuur, over de voortgang van het werk, knelpunten en wat de medewerker nodig heeft.',
      en: 'The manager schedules a regular, short meeting with the employee, for example half an hour every week, about progress, bottlenecks and what the employee needs.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid en de AZW-longread ‘Werkdruk is niet het hele verhaal’ noemen coaching en steun van de leidinggevende als hulpbron; in de AZW-longread hangt steun van de leidinggevende sterk samen met tevredenheid. Het artikel over Bakkers onderzoek: afstemming moet doorlopend zijn, een jaarlijks gesprek is niet genoeg.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement and the AZW long read ‘Werkdruk is niet het hele verhaal’ name coaching and support from the manager as a resource; in the AZW long read manager support goes strongly with satisfaction. The article on Bakker’s research: the dialogue must be continuous; a yearly review is not enough.',
    },
  },
  {
    key: 'constructive_feedback',
    category: 'social_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Regelmatig opbouwende feedback', en: 'Regular constructive feedback' },
    description: {
      nl: 'Je vraagt je leidinggevende om regelmatig feedback op je werk: wat goed gaat en wat beter kan, concreet en op tijd. Geen feedback krijgen is vaak zwaarder dan kritische feedback. Spreek af hoe je het wilt krijgen, zodat het je verder helpt.',
      en: 'You ask your manager for regular feedback on your work: what goes well and what could be better, concrete and timely. Getting no feedback is often harder than critical feedback. Agree how you would like to receive it, so that it helps you forward.',
    },
    employerWording: {
      nl: 'De leidinggevende geeft de medewerker regelmatig concrete feedback op het werk: wat goed gaat en wat beter kan. De feedback is opbouwend en komt op afgesproken momenten, niet alleen in de jaarlijkse beoordeling.',
      en: 'The manager gives the employee regular, concrete feedback on the work: what goes well and what could be better. The feedback is constructive and comes at agreed moments, not only in the yearly appraisal.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out: geen feedback krijgen blijkt nog stressvoller dan feedback krijgen. Onderzoek naar job crafting en welzijn: feedback is een tweesnijdend zwaard; het helpt alleen als het opbouwend wordt gebracht, en werkgevers wordt aangeraden dat te doen.',
      en: 'A burnout treatment practice: receiving no feedback turns out to be even more stressful than receiving it. Research on job crafting and well-being: feedback is a double-edged sword; it only helps when delivered constructively, and employers are advised to do so.',
    },
  },
  {
    key: 'peer_consultation',
    category: 'social_resources',
    level: 'team',
    owner: 'together',
    title: { nl: 'Intervisie met collega’s', en: 'Peer consultation (intervisie)' },
    description: {
      nl: 'Je bespreekt lastige situaties uit je werk in een vaste groep collega’s of vakgenoten, volgens een vaste methode. Je leert van hoe anderen het aanpakken en merkt dat je er niet alleen voor staat. Werk je zelfstandig, zoek dan een intervisiegroep met andere ondernemers.',
      en: 'You discuss difficult situations from your work in a fixed group of colleagues or peers, following a set method. You learn from how others handle things and notice you are not on your own. If you are self-employed, look for a peer group with other entrepreneurs.',
    },
    employerWording: {
      nl: 'De medewerker neemt deel aan een vaste intervisiegroep, bijvoorbeeld eens per zes weken. De werkgever maakt daar tijd voor vrij binnen werktijd.',
      en: 'The employee takes part in a regular peer consultation group, for example every six weeks. The employer makes time for it within working hours.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk): de winst zit vaak in meer onderlinge steun, zoals casussen bespreken en intervisie; wie leergericht is, staat ook meer open voor steun van collega’s. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt sociale steun op het werk als hulpbron.',
      en: 'Arjan van Dam (on change and happiness at work): the gain often lies in more mutual support, such as discussing cases and peer consultation; a learning orientation also makes you more open to colleagues’ support. An article on Arnold Bakker’s research into burnout and engagement names social support at work as a resource.',
    },
  },
  {
    key: 'work_buddy',
    category: 'social_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Een vaste collega als maatje', en: 'A colleague as a work buddy' },
    description: {
      nl: 'Je krijgt een vaste collega bij wie je terechtkunt met vragen en met wie je in drukke tijden werk van elkaar overneemt. Jullie spreken af hoe vaak je even bijpraat.',
      en: 'You are paired with a colleague you can go to with questions and with whom you take work off each other’s hands in busy times. The two of you agree how often you catch up.',
    },
    employerWording: {
      nl: 'De leidinggevende koppelt de medewerker aan een vaste collega. Ze kunnen bij elkaar terecht met vragen en nemen in drukke periodes werk van elkaar over.',
      en: 'The manager pairs the employee with a colleague. They can go to each other with questions and take over each other’s work in busy periods.',
    },
    evidence: {
      nl: 'Arjan van Dam (over veranderingen en werkgeluk) vraagt: is er tijd voor een praatje over dagelijkse zaken, en neem je in drukke tijden werk van elkaar over? Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt gebrek aan sociale steun als correlaat van burn-out.',
      en: 'Arjan van Dam (on change and happiness at work) asks: is there time for a chat about everyday matters, and do you take over each other’s work in busy times? An article on Arnold Bakker’s research into burnout and engagement names a lack of social support as a correlate of burnout.',
    },
  },
  {
    key: 'case_debrief',
    category: 'social_resources',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Zware situaties nabespreken', en: 'Debrief difficult situations' },
    description: {
      nl: 'Na een zware situatie in je werk kun je die kort nabespreken met je leidinggevende of een ervaren collega. Zo neem je het minder mee naar huis.',
      en: 'After a difficult situation at work you can briefly talk it through with your manager or an experienced colleague. That way you take less of it home with you.',
    },
    employerWording: {
      nl: 'Na zware situaties in het werk kan de medewerker die binnen werktijd kort nabespreken met de leidinggevende of een ervaren collega.',
      en: 'After difficult situations at work, the employee can briefly talk them through with the manager or an experienced colleague, within working hours.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid noemt emotionele belasting en de ernst van de problematiek als taakeisen en sociale steun als hulpbron die daartegen buffert. Arjan van Dam (over veranderingen en werkgeluk): casussen bespreken is een vorm van onderlinge steun.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement names emotional demands and the severity of the problems handled as job demands, and social support as a resource that buffers them. Arjan van Dam (on change and happiness at work): discussing cases is a form of mutual support.',
    },
  },
  {
    key: 'coaching_on_the_job',
    category: 'social_resources',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Begeleiding door een ervaren collega', en: 'Guidance from an experienced colleague' },
    description: {
      nl: 'Bij ingewikkelde taken kun je terecht bij iemand met meer ervaring, die met je meedenkt of met een frisse blik naar je aanpak kijkt. Je spreekt af bij welke taken en hoe vaak.',
      en: 'For complicated tasks you can turn to someone with more experience, who thinks along with you or takes a fresh look at your approach. You agree for which tasks and how often.',
    },
    employerWording: {
      nl: 'De medewerker krijgt bij complexe taken begeleiding van een ervaren collega. Leidinggevende en medewerker spreken af bij welke taken en hoe vaak.',
      en: 'The employee receives guidance from an experienced colleague on complex tasks. The manager and the employee agree for which tasks and how often.',
    },
    evidence: {
      nl: 'Een behandelpraktijk voor burn-out noemt coaching of begeleiding als werkgerelateerde hulpbron: hulp bij je taken van iemand met meer ervaring of een frisse blik. Dezelfde bron noemt ingewikkelde projecten als stressor.',
      en: 'A burnout treatment practice names coaching or guidance as a work resource: help with your tasks from someone with more experience or a fresh eye. The same source names complicated projects as a stressor.',
    },
  },
  {
    key: 'aftercare_after_incidents',
    category: 'social_resources',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Opvang na een incident', en: 'Support after an incident' },
    description: {
      nl: 'Na een incident met agressie of intimidatie hoort er opvang te zijn: dezelfde dag een gesprek en een paar dagen later nog een. Je hoeft het niet alleen te verwerken en je hoeft er ook niet over te zwijgen.',
      en: 'After an incident of aggression or intimidation there should be support: a conversation the same day and another a few days later. You do not have to deal with it alone, nor keep quiet about it.',
    },
    employerWording: {
      nl: 'Na elk incident met agressie of intimidatie zorgt de leidinggevende voor opvang: dezelfde dag een gesprek en binnen een week een vervolggesprek. Het incident wordt gemeld en geregistreerd.',
      en: 'After every incident of aggression or intimidation the manager arranges support: a conversation the same day and a follow-up within a week. The incident is reported and recorded.',
    },
    evidence: {
      nl: 'De AZW-longread ‘Werkdruk is niet het hele verhaal’: agressie van cliënten en binnen de organisatie telt mee in de taakeisenindex, en het minst gunstige profiel combineert veel agressie met weinig steun. Een behandelpraktijk voor burn-out: de werkgever heeft invloed op deze taakeisen en op de hulpbronnen.',
      en: 'The AZW long read ‘Werkdruk is niet het hele verhaal’: aggression from clients and within the organisation counts towards the demands index, and the least favourable profile combines much aggression with little support. A burnout treatment practice: the employer controls these demands and the resources.',
    },
  },
];
