import type { Intervention } from '../types';

/**
 * More challenging demands (seed 002, form 3): goes with more well-being, but never while burnout is
 * flagged (the suggestion rules leave this category out then).
 */
export const challengingDemands: readonly Intervention[] = [
  {
    key: 'new_task_or_project',
    category: 'challenging_demands',
    level: 'person',
    owner: 'together',
    title: { nl: 'Een nieuwe taak of een project', en: 'A new task or project' },
    description: {
      nl: 'Je zoekt met je leidinggevende een taak of project dat net buiten je comfortzone ligt en waar je iets van leert. Kies iets wat je energie geeft en spreek af hoe je het inpast, zodat het niet alleen maar extra werk wordt.',
      en: 'With your manager you look for a task or project just outside your comfort zone that you will learn from. Choose something that gives you energy and agree how it fits in, so that it does not just become extra work.',
    },
    employerWording: {
      nl: 'De medewerker krijgt een nieuwe taak of een project dat uitdaging biedt. Leidinggevende en medewerker spreken af wat daarvoor uit het takenpakket gaat, zodat het geen extra werk bovenop het bestaande wordt.',
      en: 'The employee takes on a new task or a project that offers a challenge. The manager and the employee agree what comes out of the current tasks in return, so that it does not become extra work on top.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn: uitdagende taakeisen vergroten, bijvoorbeeld meedoen aan een project buiten je comfortzone, ging samen met meer welzijn. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: hulpbronnen werken sterker op bevlogenheid naarmate het werk uitdagender is.',
      en: 'Research on job crafting and well-being: increasing challenging demands, for example joining a project outside your comfort zone, went with more well-being. An article on Arnold Bakker’s research into burnout and engagement: resources have a stronger effect on engagement the more challenging the work is.',
    },
  },
  {
    key: 'mentor_role',
    category: 'challenging_demands',
    level: 'team',
    owner: 'manager',
    title: { nl: 'Je kennis delen', en: 'Share your expertise' },
    description: {
      nl: 'Je krijgt een rol waarin je je kennis en ervaring doorgeeft: een nieuwe collega inwerken, een kennissessie geven of vraagbaak zijn voor een onderwerp dat je goed kent.',
      en: 'You take on a role in which you pass on your knowledge and experience: showing a new colleague the ropes, giving a knowledge session or being the go-to person for a subject you know well.',
    },
    employerWording: {
      nl: 'De medewerker krijgt een rol in het delen van kennis, zoals het inwerken van nieuwe collega’s of het geven van een kennissessie, met tijd daarvoor binnen het takenpakket.',
      en: 'The employee takes on a role in sharing knowledge, such as introducing new colleagues or giving a knowledge session, with time for it within the existing tasks.',
    },
    evidence: {
      nl: 'Onderzoek naar job crafting en welzijn: uitdagende taakeisen vergroten ging samen met meer welzijn. Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: nieuwe kennis en vaardigheden toepassen en zichtbaar iets toevoegen, geeft plezier in het werk.',
      en: 'Research on job crafting and well-being: increasing challenging demands went with more well-being. An article on Arnold Bakker’s research into burnout and engagement: applying new knowledge and skills and visibly adding something brings enjoyment in the work.',
    },
  },
  {
    key: 'innovation_time',
    category: 'challenging_demands',
    level: 'person',
    owner: 'manager',
    title: { nl: 'Tijd voor een verbeteridee', en: 'Time for an improvement idea' },
    description: {
      nl: 'Je werkt een idee uit om iets in je werk of je team beter te maken. Je spreekt met je leidinggevende af hoeveel tijd je ervoor krijgt en wanneer je het presenteert.',
      en: 'You work out an idea to improve something in your work or your team. You agree with your manager how much time you get for it and when you present it.',
    },
    employerWording: {
      nl: 'De medewerker krijgt afgesproken tijd om een verbeteridee voor het werk of het team uit te werken en aan de leidinggevende te presenteren.',
      en: 'The employee gets agreed time to work out an improvement idea for the work or the team and present it to the manager.',
    },
    evidence: {
      nl: 'Een artikel over Arnold Bakkers onderzoek naar burn-out en bevlogenheid: medewerkers die ruimte krijgen om zich te ontwikkelen, komen vaak zelf met ideeën voor nieuwe producten en diensten. Onderzoek naar job crafting en welzijn: uitdagende taakeisen vergroten ging samen met meer welzijn.',
      en: 'An article on Arnold Bakker’s research into burnout and engagement: employees given room to develop often come up with ideas for new products and services themselves. Research on job crafting and well-being: increasing challenging demands went with more well-being.',
    },
  },
];
