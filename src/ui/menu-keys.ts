/**
 * The item a menu key moves focus to from item `at` of `count` (WAI-ARIA APG Menu pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/menubar/): ↑/↓ to the previous or next (round), Home
 * and End to the first and last; undefined for other keys. The popup's pause menu and the
 * history rows' menu share it.
 */
export function menuKeyTarget(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
