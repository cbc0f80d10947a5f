'use client';

import { useState, type KeyboardEvent } from 'react';
import { moveCell } from '@/lib/heatmap/keyboard';

/**
 * Hover and keyboard focus along one axis (points of a line, bars), shared by the 1-D charts.
 * Keyboard moves also set the text for the aria-live region; hover does not, so moving a mouse
 * does not flood a screen reader.
 */
export function useIndexFocus(count: number, describe: (index: number) => string) {
  const [hover, setHover] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const focused = focus === null || count === 0 ? null : Math.min(focus, count - 1);

  function go(index: number) {
    setFocus(index);
    setHover(null);
    setAnnounce(describe(index));
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const next = moveCell({ row: 0, col: focused ?? 0 }, e, 1, count);
    if (!next || e.key === 'ArrowUp' || e.key === 'ArrowDown') return;
    e.preventDefault();
    go(next.col);
  }

  function onFocus() {
    if (count > 0) go(focused ?? 0);
  }

  return { active: hover ?? focused, setHover, announce, onKeyDown, onFocus };
}
