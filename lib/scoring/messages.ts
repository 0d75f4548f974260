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
    'profile.name.low_demands_low_resources': 'Relatief licht werk, maar weinig hulpbronnen',
    'profile.name.high_demands_low_resources': 'Zwaar werk zonder voldoende hulpbronnen',
    'profile.name.low_demands_high_resources': 'Relatief licht werk met sterke hulpbronnen',
    'profile.name.high_demands_high_resources': 'Zwaar werk met veel ruimte en steun',
    'profile.short.low_demands_low_resources': 'Lage eisen, weinig hulpbronnen',
    'profile.short.high_demands_low_resources': 'Hoge eisen, weinig hulpbronnen',
    'profile.short.low_demands_high_resources': 'Lage eisen, veel hulpbronnen',
    'profile.short.high_demands_high_resources': 'Hoge eisen, veel hulpbronnen',
    'profile.explanation.low_demands_low_resources':
      'Je werk vraagt relatief weinig van je, maar het biedt ook weinig: weinig ruimte, invloed, steun of kansen om te leren. Het werk is dan niet per se zwaar, maar geeft ook weinig energie terug. Hier maken meer hulpbronnen het grootste verschil, zoals meer regelruimte, meer steun van je leidinggevende of meer ontwikkelmogelijkheden.',
    'profile.explanation.high_demands_low_resources':
      'Je werk vraagt veel van je, terwijl er weinig tegenover staat. Dit is de combinatie waarbij het JD-R-model het meeste risico op uitputting voorspelt. Minder belasting helpt, maar de grootste winst zit meestal in meer hulpbronnen: meer ruimte, invloed en steun. Daarin heeft ook je werkgever een belangrijke rol.',
    'profile.explanation.low_demands_high_resources':
      'Je werk vraagt relatief weinig van je en biedt veel ruimte en steun. Dit is het gunstigste profiel. Het loont om die hulpbronnen te bewaken, zeker als er in je werk iets verandert.',
    'profile.explanation.high_demands_high_resources':
      'Je werk vraagt veel, maar je hebt ook veel ruimte en steun. Die hulpbronnen vangen een deel van de belasting op, waardoor het werk vaak toch goed te doen blijft. Juist bij hoge eisen zijn ze het belangrijkst: let erop dat ze blijven.',
    'profile.disclaimer': 'Het profiel is een hulpmiddel voor het gesprek, geen diagnose.',
    'profile.none': 'Geen profiel: taakeisen of hulpbronnen hebben niet genoeg antwoorden.',
    'reference.midpoint': 'gesplitst op het midden van de schaal (50)',
    'reference.practiceMedian':
      'gesplitst op de mediaan van de cliënten van de praktijk (n = {n}; taakeisen {demands}, hulpbronnen {resources})',
    'reference.edgeRule': 'Een score die precies op de grens ligt, telt als laag.',
    'signal.riskProfile':
      'Hoge taakeisen ({demands}) en weinig hulpbronnen ({resources}): het profiel waarbij het JD-R-model het meeste risico voorspelt.',
    'signal.burnoutHigh': 'De burn-outscore is {score}; vanaf {threshold} is dat hoog.',
    'signal.burnoutBandRed': 'Subschaal {subscale} valt in de rode zone ({value}).',
    'signal.sharpDrop.engagement': 'Bevlogenheid is sinds de vorige meting {delta} punten gedaald ({from} → {to}).',
    'signal.sharpDrop.work_resources': 'Hulpbronnen in het werk zijn sinds de vorige meting {delta} punten gedaald ({from} → {to}).',
    'signal.sharpDrop.personal_resources': 'Persoonlijke hulpbronnen zijn sinds de vorige meting {delta} punten gedaald ({from} → {to}).',
    'signal.sharpRise.burnout': 'Burn-outklachten zijn sinds de vorige meting {delta} punten gestegen ({from} → {to}).',
    'signal.sharpRise.demands': 'Taakeisen zijn sinds de vorige meting {delta} punten gestegen ({from} → {to}).',
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
    'profile.name.low_demands_low_resources': 'Relatively light work, but few resources',
    'profile.name.high_demands_low_resources': 'Demanding work without enough resources',
    'profile.name.low_demands_high_resources': 'Relatively light work with strong resources',
    'profile.name.high_demands_high_resources': 'Demanding work with plenty of room and support',
    'profile.short.low_demands_low_resources': 'Low demands, few resources',
    'profile.short.high_demands_low_resources': 'High demands, few resources',
    'profile.short.low_demands_high_resources': 'Low demands, many resources',
    'profile.short.high_demands_high_resources': 'High demands, many resources',
    'profile.explanation.low_demands_low_resources':
      'Your work asks relatively little of you, but it also offers little: little room, influence, support or chance to learn. The work is not necessarily heavy, but it gives little energy back. More resources make the biggest difference here, such as more say over your work, more support from your manager or more chances to develop.',
    'profile.explanation.high_demands_low_resources':
      'Your work asks a lot of you, while little is offered in return. This is the combination for which the JD-R model predicts the highest risk of exhaustion. Lower demands help, but the biggest gain usually lies in more resources: more room, influence and support. Your employer has an important part in that too.',
    'profile.explanation.low_demands_high_resources':
      'Your work asks relatively little of you and offers plenty of room and support. This is the most favourable profile. It pays to look after those resources, especially when something in your work changes.',
    'profile.explanation.high_demands_high_resources':
      'Your work asks a lot, but you also have plenty of room and support. Those resources absorb part of the load, so the work often stays manageable. They matter most precisely when demands are high: make sure they stay.',
    'profile.disclaimer': 'The profile is a tool for the conversation, not a diagnosis.',
    'profile.none': 'No profile: job demands or resources do not have enough answers.',
    'reference.midpoint': 'split at the scale midpoint (50)',
    'reference.practiceMedian':
      'split at the median of the practice’s clients (n = {n}; job demands {demands}, resources {resources})',
    'reference.edgeRule': 'A score exactly on the split counts as low.',
    'signal.riskProfile':
      'High job demands ({demands}) and few resources ({resources}): the profile for which the JD-R model predicts the highest risk.',
    'signal.burnoutHigh': 'The burnout score is {score}; {threshold} or more is high.',
    'signal.burnoutBandRed': 'Subscale {subscale} is in the red zone ({value}).',
    'signal.sharpDrop.engagement': 'Engagement has dropped {delta} points since the previous measurement ({from} → {to}).',
    'signal.sharpDrop.work_resources': 'Work resources have dropped {delta} points since the previous measurement ({from} → {to}).',
    'signal.sharpDrop.personal_resources': 'Personal resources have dropped {delta} points since the previous measurement ({from} → {to}).',
    'signal.sharpRise.burnout': 'Burnout complaints have risen {delta} points since the previous measurement ({from} → {to}).',
    'signal.sharpRise.demands': 'Job demands have risen {delta} points since the previous measurement ({from} → {to}).',
  },
};
