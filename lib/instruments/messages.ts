import type { CustomInstrumentErrorKey } from './custom-schema';

type Texts = Record<CustomInstrumentErrorKey, string>;

/** Texts for the custom-instrument validation keys, ICU placeholders filled from `issue.params`. */
export const instrumentMessages: { nl: Texts; en: Texts } = {
  nl: {
    'instrument.required': 'Dit veld is verplicht.',
    'instrument.invalidKey': 'Gebruik alleen letters, cijfers, - en _ (maximaal 64 tekens).',
    'instrument.textRequired': 'Vul de tekst in, in het Nederlands of het Engels.',
    'instrument.numberRequired': 'Vul een getal in.',
    'instrument.integerRequired': 'Vul een heel getal in.',
    'instrument.invalidGroup': 'Kies bij welke groep deze subschaal hoort.',
    'instrument.invalidLevel': 'Kies een kleur voor deze band.',
    'instrument.textTooLong': 'Deze tekst is te lang.',
    'instrument.tooMany': 'Dit zijn er te veel.',
    'instrument.noItems': 'Voeg minstens één item toe.',
    'instrument.noSubscales': 'Voeg minstens één subschaal toe.',
    'instrument.scaleMinNotBelowMax': 'Het minimum van de schaal ({min}) moet lager zijn dan het maximum ({max}).',
    'instrument.scaleTooWide':
      'Een schaal heeft hoogstens 11 waarden (bijvoorbeeld 0 tot en met 10), tussen -100 en 100. Deze schaal loopt van {min} tot en met {max}.',
    'instrument.scaleLabelOutsideScale': 'Het label voor waarde {value} valt buiten de schaal ({min} tot en met {max}).',
    'instrument.duplicateScaleLabel': 'Waarde {value} heeft al een label.',
    'instrument.duplicateItemKey': 'De itemcode ‘{key}’ komt meer dan één keer voor.',
    'instrument.duplicateSubscaleKey': 'De subschaalcode ‘{key}’ komt meer dan één keer voor.',
    'instrument.duplicateOpenQuestionKey': 'De code ‘{key}’ van deze open vraag komt meer dan één keer voor.',
    'instrument.openQuestionKeyIsItemKey':
      'De code ‘{key}’ van deze open vraag is al de code van een item. Geef de open vraag een andere code: een item en een open vraag kunnen geen code delen.',
    'instrument.unknownSubscale': 'Item ‘{item}’ verwijst naar subschaal ‘{subscale}’, maar die bestaat niet.',
    'instrument.emptySubscale': 'Subschaal ‘{subscale}’ heeft nog geen items.',
    'instrument.bandUpperBoundMissing':
      'Band ‘{band}’ van subschaal ‘{subscale}’ heeft geen bovengrens. Alleen de laatste band mag open blijven.',
    'instrument.bandOutsideScale':
      'De bovengrens {upTo} van band ‘{band}’ (subschaal ‘{subscale}’) valt buiten de schaal ({min} tot en met {max}).',
    'instrument.bandsOverlap': 'Band ‘{band}’ van subschaal ‘{subscale}’ heeft dezelfde bovengrens ({upTo}) als band ‘{previousBand}’.',
    'instrument.bandsUnordered':
      'De banden van subschaal ‘{subscale}’ staan niet op volgorde: ‘{band}’ ({upTo}) komt na ‘{previousBand}’ ({previousUpTo}).',
    'instrument.bandsIncomplete':
      'De laatste band ‘{band}’ van subschaal ‘{subscale}’ stopt bij {upTo}. Laat de bovengrens leeg of zet hem op {max}.',
    'instrument.invalidScoring': 'Kies of deze score het gemiddelde of de som van de items is.',
    'instrument.recodeOutsideScale': 'Waarde {value} bij het omcoderen valt buiten de schaal ({min} tot en met {max}).',
    'instrument.duplicateRecode': 'Waarde {value} wordt meer dan één keer omgecodeerd.',
    'instrument.recodeLeavesOneValue': 'Na het omcoderen telt elk antwoord als {value}. Er blijft dan niets te meten.',
    'instrument.totalKeyTaken':
      'De code ‘{key}’ is gereserveerd voor de totaalscore. Geef deze subschaal een andere code of zet de totaalscore uit.',
    'instrument.totalBandOutsideScale':
      'De bovengrens {upTo} van band ‘{band}’ (totaalscore ‘{total}’) valt buiten het bereik ({min} tot en met {max}).',
    'instrument.totalBandsOverlap': 'Band ‘{band}’ van totaalscore ‘{total}’ heeft dezelfde bovengrens ({upTo}) als band ‘{previousBand}’.',
    'instrument.totalBandsUnordered':
      'De banden van totaalscore ‘{total}’ staan niet op volgorde: ‘{band}’ ({upTo}) komt na ‘{previousBand}’ ({previousUpTo}).',
    'instrument.totalBandsIncomplete':
      'De laatste band ‘{band}’ van totaalscore ‘{total}’ stopt bij {upTo}. Laat de bovengrens leeg of zet hem op {max}.',
    'instrument.totalBandUpperBoundMissing':
      'Band ‘{band}’ van totaalscore ‘{total}’ heeft geen bovengrens. Alleen de laatste band mag open blijven.',
  },
  en: {
    'instrument.required': 'This field is required.',
    'instrument.invalidKey': 'Use only letters, digits, - and _ (at most 64 characters).',
    'instrument.textRequired': 'Enter the text, in Dutch or in English.',
    'instrument.numberRequired': 'Enter a number.',
    'instrument.integerRequired': 'Enter a whole number.',
    'instrument.invalidGroup': 'Choose the group this subscale belongs to.',
    'instrument.invalidLevel': 'Choose a colour for this band.',
    'instrument.textTooLong': 'This text is too long.',
    'instrument.tooMany': 'There are too many of these.',
    'instrument.noItems': 'Add at least one item.',
    'instrument.noSubscales': 'Add at least one subscale.',
    'instrument.scaleMinNotBelowMax': 'The scale minimum ({min}) must be lower than the maximum ({max}).',
    'instrument.scaleTooWide':
      'A scale has at most 11 values (for example 0 to 10), between -100 and 100. This scale runs from {min} to {max}.',
    'instrument.scaleLabelOutsideScale': 'The label for value {value} is outside the scale ({min} to {max}).',
    'instrument.duplicateScaleLabel': 'Value {value} already has a label.',
    'instrument.duplicateItemKey': 'The item code ‘{key}’ is used more than once.',
    'instrument.duplicateSubscaleKey': 'The subscale code ‘{key}’ is used more than once.',
    'instrument.duplicateOpenQuestionKey': 'The open question code ‘{key}’ is used more than once.',
    'instrument.openQuestionKeyIsItemKey':
      'The code ‘{key}’ of this open question is already an item’s code. Give the open question another code: an item and an open question cannot share one.',
    'instrument.unknownSubscale': 'Item ‘{item}’ refers to subscale ‘{subscale}’, which does not exist.',
    'instrument.emptySubscale': 'Subscale ‘{subscale}’ has no items yet.',
    'instrument.bandUpperBoundMissing': 'Band ‘{band}’ of subscale ‘{subscale}’ has no upper bound. Only the last band may be left open.',
    'instrument.bandOutsideScale': 'The upper bound {upTo} of band ‘{band}’ (subscale ‘{subscale}’) is outside the scale ({min} to {max}).',
    'instrument.bandsOverlap': 'Band ‘{band}’ of subscale ‘{subscale}’ has the same upper bound ({upTo}) as band ‘{previousBand}’.',
    'instrument.bandsUnordered':
      'The bands of subscale ‘{subscale}’ are out of order: ‘{band}’ ({upTo}) comes after ‘{previousBand}’ ({previousUpTo}).',
    'instrument.bandsIncomplete':
      'The last band ‘{band}’ of subscale ‘{subscale}’ stops at {upTo}. Leave its upper bound empty or set it to {max}.',
    'instrument.invalidScoring': 'Choose whether this score is the mean or the sum of the items.',
    'instrument.recodeOutsideScale': 'Recoded value {value} is outside the scale ({min} to {max}).',
    'instrument.duplicateRecode': 'Value {value} is recoded more than once.',
    'instrument.recodeLeavesOneValue': 'After recoding every answer counts as {value}, so nothing is left to measure.',
    'instrument.totalKeyTaken':
      'The code ‘{key}’ is reserved for the total score. Give this subscale another code or turn the total score off.',
    'instrument.totalBandOutsideScale':
      'The upper bound {upTo} of band ‘{band}’ (total score ‘{total}’) is outside the range ({min} to {max}).',
    'instrument.totalBandsOverlap': 'Band ‘{band}’ of total score ‘{total}’ has the same upper bound ({upTo}) as band ‘{previousBand}’.',
    'instrument.totalBandsUnordered':
      'The bands of total score ‘{total}’ are out of order: ‘{band}’ ({upTo}) comes after ‘{previousBand}’ ({previousUpTo}).',
    'instrument.totalBandsIncomplete':
      'The last band ‘{band}’ of total score ‘{total}’ stops at {upTo}. Leave its upper bound empty or set it to {max}.',
    'instrument.totalBandUpperBoundMissing':
      'Band ‘{band}’ of total score ‘{total}’ has no upper bound. Only the last band may be left open.',
  },
};
