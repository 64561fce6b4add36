// Where a frame's change sits: in the frame's own code (a cause) or only in its callees.
// Colour by total change alone paints every caller of a regression as red as the function
// that regressed, so the root always looks like the culprit; this tells the two apart.

/** `cause`: the frame's own cost changed; `through`: only its callees' did; `none`: no change drawn. */
export type FrameRole = 'cause' | 'through' | 'none';

/** A frame's changes in points of the baseline total (shares: their change). */
export interface FrameChange {
  /** Change of the frame's total (inclusive) value, and whether the noise test found it significant. */
  total: number;
  totalSignificant: boolean;
  /** Change of the frame's self value on this call path. */
  self: number;
}

/** A cause whose self change is below `start` must carry at least this part of its total's change. */
export const CAUSE_SHARE = 0.5;

/**
 * Returns the frame's role and the direction of the change it is drawn for (1 more, -1 less).
 * `start` is the smallest change drawn at all (a fifth of the fail limit, in points);
 * `selfSignificant` runs the noise test on the per-run self values (called only when needed).
 *
 * A **cause**: its self value on this call path changed significantly, and by at least
 * `start`, or by at least half (CAUSE_SHARE) of its total's change when that change is
 * drawn and goes the same way. A leaf whose total is drawn is therefore always a cause.
 * **Through**: its total changed significantly by at least `start`, and it is no cause.
 */
export function classifyFrame(change: FrameChange, start: number, selfSignificant: () => boolean): { role: FrameRole; direction: 1 | -1 } {
  const { total, self } = change;
  const drawn = change.totalSignificant && Math.abs(total) >= start;
  const ownShare = drawn && Math.sign(self) === Math.sign(total) && Math.abs(self) >= CAUSE_SHARE * Math.abs(total);
  if (self !== 0 && (Math.abs(self) >= start || ownShare) && selfSignificant()) return { role: 'cause', direction: self > 0 ? 1 : -1 };
  if (drawn) return { role: 'through', direction: total > 0 ? 1 : -1 };
  return { role: 'none', direction: 1 };
}
