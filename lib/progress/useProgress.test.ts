import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useDueCount, useHeaderDueCount, useProgress } from './useProgress';

/** Prints what the hooks give during prerendering, where there is no window or IndexedDB. */
function Probe() {
  const progress = useProgress();
  const due = useDueCount();
  const header = useHeaderDueCount();
  return createElement(
    'output',
    null,
    JSON.stringify({
      ready: progress.ready,
      available: progress.available,
      exercises: Object.keys(progress.data.exercises).length,
      due,
      header,
    }),
  );
}

describe('useProgress while prerendering', () => {
  it('renders not ready, with empty data and no due count, without touching storage', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(createElement(Probe));
    const shown = JSON.parse(html.replace(/^<output>|<\/output>$/g, '').replace(/&quot;/g, '"'));
    expect(shown).toEqual({
      ready: false,
      available: false,
      exercises: 0,
      due: null,
      header: null,
    });
  });
});
