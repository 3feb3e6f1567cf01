/** Page text made safe for surfaces that interpret a markdown subset (Adaptive Card TextBlock). */
import { cleanText } from './text';

/**
 * Bounded plain text that no card renderer turns into a link: a zero-width space between `]`
 * and `(` breaks markdown link syntax, so a hostile title cannot show a disguised link.
 */
export function displayText(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  return cleanText(value, max)?.replace(/\]\s*\(/g, ']\u200B(');
}

/** What the page shows its readers, switched off field by field by the user's privacy settings. */
export interface PrivacySwitches {
  description?: boolean;
  image?: boolean;
  authors?: boolean;
}

/** Every switch defaults to on: the user opts out of sending a field, not in. */
export function resolveSwitches(include: PrivacySwitches | undefined): Required<PrivacySwitches> {
  return {
    description: include?.description ?? true,
    image: include?.image ?? true,
    authors: include?.authors ?? true,
  };
}
