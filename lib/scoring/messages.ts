/**
 * Texts for scoring results, profiles, references and signals, keyed as used by this module.
 * ICU placeholders ({n}) are filled from the params the functions return. No key is also a prefix
 * of another key, so the lead can nest them by their dots.
 */
export const scoringMessages: { nl: Record<string, string>; en: Record<string, string> } = {
  nl: {
    'score.insufficient': 'Niet genoeg antwoorden',
    'score.insufficientDetail': '{answered} van de {total} vragen beantwoord; voor een score is minstens twee derde nodig.',
    'index.insufficientDetail': '{scored} van de {total} onderdelen hebben een score; voor deze index is minstens twee derde nodig.',
    'index.name.demands': 'Taakeisen',
    'index.name.work_resources': 'Hulpbronnen in het werk',
    'index.name.personal_resources': 'Persoonlijke hulpbronnen',
    'index.name.burnout': 'Burn-outklachten',
    'index.name.engagement': 'Bevlogenheid',
    'profile.name.low_demands_low_resources': 'Taakeisen niet boven de grens, maar weinig hulpbronnen',
    'profile.name.high_demands_low_resources': 'Zwaar werk zonder voldoende hulpbronnen',
    'profile.name.low_demands_high_resources': 'Taakeisen niet boven de grens, met sterke hulpbronnen',
    'profile.name.high_demands_high_resources': 'Zwaar werk met veel ruimte en steun',
    'profile.short.low_demands_low_resources': 'Lage eisen, weinig hulpbronnen',
    'profile.short.high_demands_low_resources': 'Hoge eisen, weinig hulpbronnen',
    'profile.short.low_demands_high_resources': 'Lage eisen, veel hulpbronnen',
    'profile.short.high_demands_high_resources': 'Hoge eisen, veel hulpbronnen',
    'profile.explanation.low_demands_low_resources':
      'De taakeisen van de cliënt liggen niet boven de gekozen grens, maar het werk biedt ook weinig: weinig ruimte, invloed, steun of kansen om te leren. Dat zegt niet dat het werk licht is; het zegt dat er naar verhouding weinig tegenover staat. Kijk samen welke hulpbron de cliënt energie geeft, zoals meer regelruimte, steun van de leidinggevende of ontwikkelmogelijkheden.',
    'profile.explanation.high_demands_low_resources':
      'Het werk vraagt veel van de cliënt, terwijl er weinig tegenover staat. Dit is de combinatie waarbij het JD-R-model het meeste risico op uitputting voorspelt. Het gaat om het herstellen van de balans tussen taakeisen en hulpbronnen: wat kan er af, en wat kan er bij? Welke eis het meest kost en welke hulpbron het meest oplevert, verschilt per persoon. De werkgever heeft invloed op beide kanten, dus pak het samen aan.',
    'profile.explanation.low_demands_high_resources':
      'De taakeisen van de cliënt liggen niet boven de gekozen grens en het werk biedt veel ruimte en steun. Van de vier profielen is dit het gunstigste. Het loont om die hulpbronnen te bewaken, zeker als er in het werk iets verandert.',
    'profile.explanation.high_demands_high_resources':
      'Het werk vraagt veel, maar de cliënt heeft ook veel ruimte en steun. Volgens het JD-R-model kunnen hulpbronnen een deel van de belasting opvangen; juist bij hoge eisen tellen ze het zwaarst. Let erop dat ze blijven, en houd in het oog of de balans blijft kloppen.',
    'profile.disclaimer': 'Het profiel is een hulpmiddel voor het gesprek, geen diagnose.',
    'profile.none': 'Geen profiel: taakeisen of hulpbronnen hebben niet genoeg antwoorden.',
    'reference.midpoint': 'gesplitst op het midden van de schaal (50)',
    'reference.practiceMedian':
      'gesplitst op de mediaan van de cliënten van de praktijk (n = {n}; taakeisen {demands, number}, hulpbronnen {resources, number})',
    'reference.edgeRule': 'Een score die precies op de grens ligt, telt als laag.',
    'signal.riskProfile':
      'Hoge taakeisen ({demands, number}) en weinig hulpbronnen ({resources, number}): het profiel waarbij het JD-R-model het meeste risico voorspelt.',
    'signal.burnoutHigh':
      'De burn-outscore is {score, number}. Vanaf {threshold, number} noemen wij dat een aandachtspunt: een grens die deze app hanteert, niet genormeerd en geen diagnose. Bespreek de klachten en raad de cliënt aan ze voor te leggen aan de huisarts of de bedrijfsarts.',
    'signal.burnoutBandRed': 'Subschaal {subscale} valt in de rode zone ({value, number}).',
    'signal.sharpDrop.engagement': 'Bevlogenheid is sinds de vorige meting {delta, number} punten gedaald ({from, number} → {to, number}).',
    'signal.sharpDrop.work_resources':
      'Hulpbronnen in het werk zijn sinds de vorige meting {delta, number} punten gedaald ({from, number} → {to, number}).',
    'signal.sharpDrop.personal_resources':
      'Persoonlijke hulpbronnen zijn sinds de vorige meting {delta, number} punten gedaald ({from, number} → {to, number}).',
    'signal.sharpRise.burnout':
      'Burn-outklachten zijn sinds de vorige meting {delta, number} punten gestegen ({from, number} → {to, number}).',
    'signal.sharpRise.demands': 'Taakeisen zijn sinds de vorige meting {delta, number} punten gestegen ({from, number} → {to, number}).',
  },
  en: {
    'score.insufficient': 'Not enough answers',
    'score.insufficientDetail': '{answered} of the {total} questions answered; a score needs at least two thirds.',
    'index.insufficientDetail': '{scored} of the {total} components have a score; this index needs at least two thirds.',
    'index.name.demands': 'Job demands',
    'index.name.work_resources': 'Work resources',
    'index.name.personal_resources': 'Personal resources',
    'index.name.burnout': 'Burnout complaints',
    'index.name.engagement': 'Engagement',
    'profile.name.low_demands_low_resources': 'Demands not above the split, but few resources',
    'profile.name.high_demands_low_resources': 'Demanding work without enough resources',
    'profile.name.low_demands_high_resources': 'Demands not above the split, with strong resources',
    'profile.name.high_demands_high_resources': 'Demanding work with plenty of room and support',
    'profile.short.low_demands_low_resources': 'Low demands, few resources',
    'profile.short.high_demands_low_resources': 'High demands, few resources',
    'profile.short.low_demands_high_resources': 'Low demands, many resources',
    'profile.short.high_demands_high_resources': 'High demands, many resources',
    'profile.explanation.low_demands_low_resources':
      'The client’s job demands are not above the chosen split, but the work also offers little: little room, influence, support or chance to learn. That does not mean the work is light; it means relatively little is offered in return. Look together at which resource gives the client energy, such as more say over the work, support from the manager or chances to develop.',
    'profile.explanation.high_demands_low_resources':
      'The work asks a lot of the client, while little is offered in return. This is the combination for which the JD-R model predicts the highest risk of exhaustion. The aim is to restore the balance between demands and resources: what can come off, and what can be added? Which demand costs most and which resource gives most differs from person to person. The employer has influence on both sides, so work on it together.',
    'profile.explanation.low_demands_high_resources':
      'The client’s job demands are not above the chosen split and the work offers plenty of room and support. Of the four profiles this is the most favourable. It pays to look after those resources, especially when something in the work changes.',
    'profile.explanation.high_demands_high_resources':
      'The work asks a lot, but the client also has plenty of room and support. According to the JD-R model resources can absorb part of the load; they count most when demands are high. Make sure they stay, and keep an eye on whether the balance still holds.',
    'profile.disclaimer': 'The profile is a tool for the conversation, not a diagnosis.',
    'profile.none': 'No profile: job demands or resources do not have enough answers.',
    'reference.midpoint': 'split at the scale midpoint (50)',
    'reference.practiceMedian':
      'split at the median of the practice’s clients (n = {n}; job demands {demands, number}, resources {resources, number})',
    'reference.edgeRule': 'A score exactly on the split counts as low.',
    'signal.riskProfile':
      'High job demands ({demands, number}) and few resources ({resources, number}): the profile for which the JD-R model predicts the highest risk.',
    'signal.burnoutHigh':
      'The burnout score is {score, number}. From {threshold, number} we treat that as a signal to discuss: a convention of this app, not a norm and not a diagnosis. Discuss the complaints and suggest taking them to the GP (huisarts) or the company doctor (bedrijfsarts).',
    'signal.burnoutBandRed': 'Subscale {subscale} is in the red zone ({value, number}).',
    'signal.sharpDrop.engagement':
      'Engagement has dropped {delta, number} points since the previous measurement ({from, number} → {to, number}).',
    'signal.sharpDrop.work_resources':
      'Work resources have dropped {delta, number} points since the previous measurement ({from, number} → {to, number}).',
    'signal.sharpDrop.personal_resources':
      'Personal resources have dropped {delta, number} points since the previous measurement ({from, number} → {to, number}).',
    'signal.sharpRise.burnout':
      'Burnout complaints have risen {delta, number} points since the previous measurement ({from, number} → {to, number}).',
    'signal.sharpRise.demands':
      'Job demands have risen {delta, number} points since the previous measurement ({from, number} → {to, number}).',
  },
};
