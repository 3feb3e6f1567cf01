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
// Gulf spellings, with and without hamza), cs (genitive: "15. března 2021"), fi (partitive:
// "15. maaliskuuta 2021"), id ("15 Maret 2021") and no ("15. desember").
const MORE_NAMES: readonly string[] = [
  'января январь янв січня січень ocak يناير ledna tammikuuta',
  'февраля февраль фев лютого лютий şubat subat فبراير února unora helmikuuta',
  'марта март березня березень mart مارس března brezna maaliskuuta maret',
  'апреля апрель апр квітня квітень nisan أبريل ابريل إبريل dubna huhtikuuta',
  'мая май травня травень mayıs mayis مايو května kvetna toukokuuta',
  'июня июнь червня червень haziran يونيو يونيه června cervna kesäkuuta',
  'июля июль липня липень temmuz يوليو يوليه července cervence heinäkuuta',
  'августа август авг серпня серпень ağustos agustos أغسطس اغسطس srpna elokuuta agustus',
  'сентября сентябрь сен сент вересня вересень eylül eylul سبتمبر září zari syyskuuta',
  'октября октябрь окт жовтня жовтень ekim أكتوبر اكتوبر října rijna lokakuuta',
  'ноября ноябрь ноя листопада листопад kasım kasim نوفمبر listopadu marraskuuta',
  'декабря декабрь дек грудня грудень aralık aralik ديسمبر prosince joulukuuta desember',
];
NAMES.forEach((names, i) => {
  for (const name of names) MONTHS.set(name, i + 1);
  for (const name of (MORE_NAMES[i] ?? '').split(' ')) MONTHS.set(name, i + 1);
});

/**
 * Weekday names, lower case, in the languages of MONTHS: a page may write one between a date and
 * its time ("15 Mart 2021 Pazartesi 09:30", "15. března 2021, pondělí 9:30").
 */
export const WEEKDAYS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lunes martes miércoles jueves viernes sábado domingo ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag ' +
    'poniedziałek wtorek środa czwartek piątek niedziela ' +
    'pondělí úterý středa čtvrtek pátek neděle ' +
    'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai ' +
    'pazartesi salı çarşamba perşembe cuma cumartesi pazar ' +
    'senin selasa rabu kamis jumat sabtu minggu ' +
    'понедельник вторник среда четверг пятница суббота воскресенье ' +
    'понеділок вівторок середа четвер пʼятниця субота неділя'
  ).split(' '),
);
