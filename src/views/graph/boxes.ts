/** An axis-aligned rectangle in drawing units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when the two boxes come closer than `gap` on both axes. */
export function overlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** The box moved by (x, y). */
export function shift(box: Box, x: number, y: number): Box {
  return { left: box.left + x, right: box.right + x, top: box.top + y, bottom: box.bottom + y };
}

/** The smallest box holding all of `boxes`. */
export function bounds(boxes: Iterable<Box>): Box {
  const out = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const b of boxes) {
    out.left = Math.min(out.left, b.left);
    out.top = Math.min(out.top, b.top);
    out.right = Math.max(out.right, b.right);
    out.bottom = Math.max(out.bottom, b.bottom);
  }
  return out;
}

/** True when `inner` lies wholly inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/** Something with a position and a footprint around it (relative to the position). */
export interface Placed {
  x: number;
  y: number;
  /** The footprint relative to (x, y): the node's shape and its label. */
  box: Box;
  /** Kept where it is; the others move around it. */
  fixed?: boolean;
}

/**
 * Moves items until no two footprints overlap (closer than `gap`): each
 * overlapping pair is pushed apart along the axis where it overlaps least,
 * half each (all of it for the one that is not fixed). When a crowd keeps
 * pushing back and forth, everything spreads out from the middle by 5% and
 * the sweep starts again, so it always ends. Deterministic: pairs are visited
 * in input order.
 */
export function separate(items: Placed[], gap: number): void {
  const abs = (item: Placed) => shift(item.box, item.x, item.y);
  for (let round = 0; round < 200; round++) {
    for (let sweep = 0; sweep < 60; sweep++) {
      let moved = false;
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          if (a.fixed && b.fixed) continue;
          const ba = abs(a);
          const bb = abs(b);
          if (!overlap(ba, bb, gap)) continue;
          const dx = Math.min(ba.right + gap - bb.left, bb.right + gap - ba.left);
          const dy = Math.min(ba.bottom + gap - bb.top, bb.bottom + gap - ba.top);
          const ca = (ba.left + ba.right) / 2 - (bb.left + bb.right) / 2;
          const cb = (ba.top + ba.bottom) / 2 - (bb.top + bb.bottom) / 2;
          const [shareA, shareB] = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
          // A hair more than the overlap, so rounding never leaves two boxes touching.
          if (dx <= dy) {
            const sign = ca < 0 ? -1 : 1;
            a.x += sign * (dx + 0.05) * shareA;
            b.x -= sign * (dx + 0.05) * shareB;
          } else {
            const sign = cb < 0 ? -1 : 1;
            a.y += sign * (dy + 0.05) * shareA;
            b.y -= sign * (dy + 0.05) * shareB;
          }
          moved = true;
        }
      }
      if (!moved) return;
    }
    const anchor = items.find((item) => item.fixed) ?? centreOf(items);
    for (const item of items) {
      if (item.fixed) continue;
      item.x = anchor.x + (item.x - anchor.x) * 1.05;
      item.y = anchor.y + (item.y - anchor.y) * 1.05;
    }
  }
  throw new Error('graph layout: could not separate the labels (this is a bug in the layout, please report it)');
}

function centreOf(items: readonly Placed[]) {
  const x = items.reduce((sum, item) => sum + item.x, 0) / Math.max(1, items.length);
  const y = items.reduce((sum, item) => sum + item.y, 0) / Math.max(1, items.length);
  return { x, y };
}
