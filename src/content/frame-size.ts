// The one size rule for frame presence, shared by the worker (which frames get the file) and the
// reading path (which frames it watches grow into a size that may show evidence).

/**
 * A frame narrower or lower than this (CSS px) can be no evidence: no player, no text is shown in
 * it. The smallest embedded players and widgets are well over it.
 */
export const MIN_FRAME_SIDE_PX = 40;

/** Whether a frame of `width` × `height` CSS px may show evidence (a player, text to read). */
export function isEvidenceSized(width: number, height: number): boolean {
  return width >= MIN_FRAME_SIDE_PX && height >= MIN_FRAME_SIDE_PX;
}
