import { type FieldGroup, type FormTemplate, filled, type Localized } from './types';

/** The four forms of job crafting (Tims & Bakker; seed 002). */
const FORMS: { key: string; title: Localized; intro: Localized }[] = [
  {
    key: 'social',
    title: { nl: 'Meer sociale hulpbronnen', en: 'More social resources' },
    intro: {
      nl: 'Steun van collega’s of je leidinggevende, feedback, coaching. Feedback werkt twee kanten op: vraag om feedback die opbouwend wordt gebracht en je verder helpt.',
      en: 'Support from colleagues or your manager, feedback, coaching. Feedback cuts both ways: ask for feedback that is given constructively and helps you move forward.',
    },
  },
  {
    key: 'structural',
    title: { nl: 'Meer structurele hulpbronnen', en: 'More structural resources' },
    intro: {
      nl: 'Meer regelruimte, afwisseling in je taken, kansen om te leren en je te ontwikkelen. Deze vorm hangt in onderzoek samen met meer welzijn.',
      en: 'More control over your work, variety in your tasks, chances to learn and develop. Research links this form to greater well-being.',
    },
  },
  {
    key: 'challenging',
    title: { nl: 'Meer uitdagende taakeisen', en: 'More challenging demands' },
    intro: {
      nl: 'Een nieuwe taak of een project net buiten je comfortzone. Ook deze vorm hangt in onderzoek samen met meer welzijn. Kies iets wat past bij de energie die je nu hebt.',
      en: 'A new task or a project just outside your comfort zone. Research links this form to greater well-being too. Choose something that fits the energy you have now.',
    },
  },
  {
    key: 'hindering',
    title: { nl: 'Minder belemmerende taakeisen', en: 'Fewer hindering demands' },
    intro: {
      nl: 'Werk dat je onnodig uitput, zoals emotioneel zwaar werk of te veel werk tegelijk. Alleen iets weghalen geeft zelden meer plezier in je werk; combineer het liefst met iets wat je erbij wilt, zoals meer regelruimte. Bespreek dit samen met je leidinggevende.',
      en: 'Work that drains you needlessly, such as emotionally heavy work or too much at once. Only taking things away seldom makes work more enjoyable; preferably combine it with something you want more of, such as more control. Discuss this together with your manager.',
    },
  },
];

const groups: FieldGroup[] = FORMS.map((form) => ({
  key: form.key,
  title: form.title,
  intro: form.intro,
  fields: [
    { key: `${form.key}.what`, kind: 'longText', label: { nl: 'Wat ga ik proberen?', en: 'What will I try?' } },
    { key: `${form.key}.withWhom`, kind: 'text', label: { nl: 'Met wie?', en: 'With whom?' } },
    {
      key: `${form.key}.byWhen`,
      kind: 'date',
      label: { nl: 'Wanneer wil ik het gedaan hebben?', en: 'When do I want to have it done by?' },
    },
  ],
}));

export const jobCrafting: FormTemplate = {
  key: 'job_crafting',
  name: { nl: 'Job-craftingplan', en: 'Job crafting plan' },
  // Shown to the coach when assigning: what seed 002 (Tims & Bakker) found for each form.
  description: {
    nl: 'De vier vormen van job crafting: wat ga ik proberen, met wie, en wanneer. Uit onderzoek: meer structurele hulpbronnen en meer uitdagende taakeisen gaan samen met meer welzijn; belemmerende taakeisen verminderen ging samen met minder welzijn; meer sociale hulpbronnen liet geen verband zien, mogelijk omdat feedback twee kanten op werkt (het hangt af van hoe opbouwend ze wordt gebracht). Job crafting gebeurt in gesprek met de leidinggevende.',
    en: 'The four forms of job crafting: what will I try, with whom, and by when. Research found: more structural resources and more challenging demands go with more well-being; reducing hindering demands went with less well-being; more social resources showed no link, possibly because feedback cuts both ways (it depends on how constructively it is given). Job crafting happens in dialogue with the manager.',
  },
  intro: {
    nl: 'Job crafting betekent dat je zelf je werk een beetje anders vormgeeft, zodat het beter past bij wat jij kunt en wilt. Kies één of meer vormen en maak het concreet. Vul in wat bij je past; je hoeft niet alle vier te doen.',
    en: 'Job crafting means reshaping your work a little yourself, so it fits better with what you can do and want. Choose one or more forms and make it concrete. Fill in what suits you; you do not have to do all four.',
  },
  groups,
  missingForSubmit(answers) {
    const missing: string[] = [];
    let plans = 0;
    for (const { key } of FORMS) {
      const hasWhat = filled(answers, `${key}.what`);
      if (hasWhat) plans++;
      if (!hasWhat && (filled(answers, `${key}.withWhom`) || filled(answers, `${key}.byWhen`))) missing.push(`${key}.what`);
      if (hasWhat && !filled(answers, `${key}.byWhen`)) missing.push(`${key}.byWhen`);
    }
    return plans === 0 && missing.length === 0 ? ['social.what'] : missing;
  },
};
