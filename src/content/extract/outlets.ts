/** Wire services and credits to them in bylines: outlets, not authors (used by authors.ts). */

// Wire services credited beside a reporter ("Ann Lee, Associated Press", "Ann Lee / Reuters",
// "Von Ann Lee, dpa"): an outlet, not a second author. Kept when no one else is credited.
const WIRE_SERVICES = new Set(
  'ap|the associated press|associated press|reuters|afp|agence france-presse|dpa|epa|efe|ansa|apa|sda|ats|anp|belga|kyodo|jiji|yonhap|xinhua|tass|ria novosti|interfax|upi|aap|pa|press association|pa media|the canadian press|canadian press|europa press|bloomberg|bloomberg news|cnn|bbc|npr|ptc|pti|ians|ani'.split(
    '|',
  ),
);
/** True for a wire service's name ("Reuters", "dpa", "The Associated Press"). */
export const isOutlet = (part: string): boolean => WIRE_SERVICES.has(part.trim().toLowerCase());
// "mit Material von dpa", "with reporting from Reuters": a credit to an outlet, not a name.
const OUTLET_CREDIT = /^.*\b(?:von|from|by|de|di|par|with|mit|avec|con)\s+(\S+(?:\s+\S+){0,2})$/i;
/** True for a credit to a wire service ("mit Material von dpa"). */
export const creditsOutlet = (part: string): boolean => {
  const m = OUTLET_CREDIT.exec(part);
  return m?.[1] !== undefined && isOutlet(m[1]);
};
