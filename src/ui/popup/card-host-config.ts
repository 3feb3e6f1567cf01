/**
 * Adaptive Cards host configs for the card preview, light and dark, matching theme.css. The
 * library's default is light only (white background, dark text), which is unreadable in a dark
 * popup. Shape: https://learn.microsoft.com/adaptive-cards/rendering-cards/host-config
 */

/** The colours a scheme needs: background, text, subtle text, accent. */
interface Palette {
  background: string;
  text: string;
  subtle: string;
  accent: string;
}

const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  subtle: '#57606a',
  accent: '#0b57d0',
};
const DARK: Palette = {
  background: '#24272c',
  text: '#e6e8eb',
  subtle: '#a3abb5',
  accent: '#8ab4f8',
};

const colour = (palette: Palette, main: string) => ({ default: main, subtle: palette.subtle });

/** The host config (JSON) for a colour scheme: system font, theme colours, 13–18 px text. */
export function cardHostConfig(scheme: 'light' | 'dark'): Record<string, unknown> {
  const palette = scheme === 'dark' ? DARK : LIGHT;
  const foregroundColors = {
    default: { default: palette.text, subtle: palette.subtle },
    dark: colour(palette, palette.text),
    light: colour(palette, palette.text),
    accent: colour(palette, palette.accent),
    good: colour(palette, palette.text),
    warning: colour(palette, palette.text),
    attention: colour(palette, palette.text),
  };
  return {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontSizes: { small: 12, default: 13, medium: 15, large: 17, extraLarge: 20 },
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
    containerStyles: {
      default: { backgroundColor: palette.background, foregroundColors },
      emphasis: { backgroundColor: palette.background, foregroundColors },
    },
  };
}

/** The scheme the page is shown in now. */
export function currentScheme(win: Window = window): 'light' | 'dark' {
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
