/** Every validation message, in Italian and English. `{name}` placeholders are filled from params. */
const MESSAGES: Record<string, { it: string; en: string }> = {
  'schema.required': { it: 'campo obbligatorio mancante', en: 'required property is missing' },
  'schema.type': { it: 'deve essere {type}', en: 'must be {typeEn}' },
  'schema.const': { it: 'deve valere {value}', en: 'must be {value}' },
  'schema.enum': { it: 'valore non ammesso {actual}: deve essere uno tra {allowed}', en: 'value {actual} not allowed: must be one of {allowed}' },
  'schema.minimum': { it: 'deve essere maggiore o uguale a {limit}', en: 'must be greater than or equal to {limit}' },
  'schema.exclusiveMinimum': { it: 'deve essere maggiore di {limit}', en: 'must be greater than {limit}' },
  'schema.maximum': { it: 'deve essere minore o uguale a {limit}', en: 'must be less than or equal to {limit}' },
  'schema.minLength': { it: 'non può essere vuoto', en: 'must not be empty' },
  'schema.pattern': { it: 'deve essere una data nel formato AAAA-MM-GG', en: 'must be a date in the form YYYY-MM-DD' },
  'schema.minItems': { it: 'deve contenere almeno {limit} elemento/i', en: 'must contain at least {limit} item(s)' },
  'schema.oneOf': { it: 'forma non riconosciuta', en: 'unrecognised form' },
  'schema.other': { it: 'valore non valido ({detail})', en: 'invalid value ({detail})' },
  'document.notObject': { it: 'il documento deve essere un oggetto JSON', en: 'the document must be a JSON object' },
  'date.invalid': { it: 'la data {value} non esiste nel calendario', en: 'the date {value} does not exist' },
  'id.duplicate': { it: 'id duplicato "{id}" (già usato in {first})', en: 'duplicate id "{id}" (already used at {first})' },
  'ref.period': { it: 'il periodo "{id}" non esiste', en: 'period "{id}" does not exist' },
  'ref.unit': { it: 'l\'unità organizzativa "{id}" non esiste', en: 'unit "{id}" does not exist' },
  'ref.objective': { it: 'l\'obiettivo "{id}" non esiste', en: 'objective "{id}" does not exist' },
  'ref.indicator': { it: 'l\'indicatore "{id}" non esiste', en: 'indicator "{id}" does not exist' },
  'ref.perspective': { it: 'la prospettiva "{id}" non esiste', en: 'perspective "{id}" does not exist' },
  'ref.assignment': { it: 'l\'obiettivo "{objective}" non ha l\'indicatore "{indicator}"', en: 'objective "{objective}" has no indicator "{indicator}"' },
  'ref.yearNotAnnual': { it: 'il periodo "{id}" non è un anno (ha a sua volta un anno)', en: 'period "{id}" is not a year (it has a year itself)' },
  'period.order': { it: 'la data di fine {end} precede quella di inizio {start}', en: 'end date {end} is before start date {start}' },
  'period.outsideYear': { it: 'il periodo non è compreso nell\'anno "{year}" ({start} – {end})', en: 'the period is not inside year "{year}" ({start} – {end})' },
  'tree.cycle': { it: 'ciclo nell\'albero: {path}', en: 'cycle in the tree: {path}' },
  'tree.selfParent': { it: '"{id}" non può essere padre di se stesso', en: '"{id}" cannot be its own parent' },
  'weights.mixed': {
    it: 'pesi misti tra elementi dello stesso livello: "{with}" ha peso nullo (quote uguali) mentre questo ha peso {weight}; usare solo numeri o solo null (0 ammesso)',
    en: 'mixed weights among siblings: "{with}" has a null weight (equal shares) while this one has weight {weight}; use only numbers or only nulls (0 allowed)',
  },
  'mix.zero': { it: 'le quote del mix non possono essere entrambe 0', en: 'the mix shares cannot both be 0' },
  'assignment.duplicate': { it: 'l\'indicatore "{indicator}" è già assegnato all\'obiettivo "{objective}" (in {first})', en: 'indicator "{indicator}" is already assigned to objective "{objective}" (at {first})' },
  'target.range': { it: 'intervallo non valido: min {min} maggiore di max {max}', en: 'invalid range: min {min} greater than max {max}' },
  'measurement.duplicate': { it: 'seconda rilevazione dell\'indicatore "{indicator}" nel periodo "{period}" (la prima è in {first})', en: 'second measurement of indicator "{indicator}" in period "{period}" (the first is at {first})' },
  'measurement.zeroDenominator': { it: 'denominatore zero: il valore non si può calcolare (indicare lo stato ND o NC)', en: 'zero denominator: the value cannot be computed (give status ND or NC)' },
  'measurement.kind': { it: 'il target "{op}" del periodo "{period}" (obiettivo "{objective}") richiede {expected}, trovato {actual}', en: 'target "{op}" of period "{period}" (objective "{objective}") needs {expectedEn}, found {actual}' },
  'measurement.dateString': { it: 'un valore testuale deve essere una data AAAA-MM-GG', en: 'a text value must be a YYYY-MM-DD date' },
  'override.duplicate': { it: 'seconda sostituzione dello stesso punteggio nel periodo "{period}" (la prima è in {first})', en: 'second override of the same score in period "{period}" (the first is at {first})' },
  'scorecard.segment': { it: 'due elementi fratelli con lo stesso percorso "{segment}" (l\'altro è in {first})', en: 'two sibling items with the same path "{segment}" (the other is at {first})' },
  'scorecard.kind': { it: 'un elemento deve essere di un solo tipo: sotto-elementi, obiettivo, indicatore proprio con target, oppure punteggio diretto', en: 'an item must be of one kind only: sub-items, objective, own indicator with targets, or direct score' },
  'scorecard.ownTargets': { it: 'un indicatore proprio della scheda richiede i suoi "targets"', en: 'an own indicator of the card needs its "targets"' },
};

export type MessageParams = Record<string, string | number>;

export function message(code: string, params: MessageParams, lang: 'it' | 'en'): string {
  const entry = MESSAGES[code] ?? MESSAGES['schema.other']!;
  return entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? params[k.replace(/En$/, '')] ?? ''));
}
