/**
 * Month names and abbreviations, lower case, in the languages news pages use most: the table
 * human-dates.ts reads "24. Mai 2016" and "24 мая 2016" by.
 */

/** Month number (1-12) by lower-case name or abbreviation, in the languages pages use most. */
export const MONTHS = new Map<string, number>();
const NAMES: readonly (readonly string[])[] = [
  // en, fr, de, es, it, pt, nl, sv/da/no, pl (genitive), abbreviations
  [
    'january',
    'janvier',
    'januar',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'stycznia',
    'jan',
    'janv',
    'ene',
    'gen',
    'jän',
    'jänner',
  ],
  [
    'february',
    'février',
    'fevrier',
    'februar',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'feb',
    'févr',
    'fév',
    'fev',
    'febr',
  ],
  [
    'march',
    'mars',
    'märz',
    'marz',
    'marzo',
    'março',
    'marco',
    'maart',
    'marca',
    'mar',
    'mär',
    'mrt',
  ],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'mag'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho', 'czerwca', 'jun', 'giu'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho', 'lipca', 'jul', 'juil', 'lug'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'sierpnia', 'aug', 'ago', 'aoû'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'sep', 'sept'],
  [
    'october',
    'octobre',
    'oktober',
    'octubre',
    'ottobre',
    'outubro',
    'października',
    'oct',
    'okt',
    'ott',
  ],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'nov'],
  [
    'december',
    'décembre',
    'decembre',
    'dezember',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'dec',
    'déc',
    'dez',
    'dic',
  ],
];
// ru (genitive, nominative, abbreviations), uk (genitive, nominative), tr, ar (Egyptian and
// Gulf spellings, with and without hamza).
const MORE_NAMES: readonly string[] = [
  'января январь янв січня січень ocak يناير',
  'февраля февраль фев лютого лютий şubat subat فبراير',
  'марта март березня березень mart مارس',
  'апреля апрель апр квітня квітень nisan أبريل ابريل إبريل',
  'мая май травня травень mayıs mayis مايو',
  'июня июнь червня червень haziran يونيو يونيه',
  'июля июль липня липень temmuz يوليو يوليه',
  'августа август авг серпня серпень ağustos agustos أغسطس اغسطس',
  'сентября сентябрь сен сент вересня вересень eylül eylul سبتمبر',
  'октября октябрь окт жовтня жовтень ekim أكتوبر اكتوبر',
  'ноября ноябрь ноя листопада листопад kasım kasim نوفمبر',
  'декабря декабрь дек грудня грудень aralık aralik ديسمبر',
];
NAMES.forEach((names, i) => {
  for (const name of names) MONTHS.set(name, i + 1);
  for (const name of (MORE_NAMES[i] ?? '').split(' ')) MONTHS.set(name, i + 1);
});
