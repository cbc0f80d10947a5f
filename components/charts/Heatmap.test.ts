// Server-render smoke tests: no DOM in this test environment, so effects (canvas painting, d3
// axes) do not run, but structure, labels and error handling can be checked as HTML.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttentionSteps } from './AttentionSteps';
import { Heatmap } from './Heatmap';
import { LineChart } from './LineChart';

describe('Heatmap markup', () => {
  it('is a focusable img with a describing label, a head selector and a table toggle', () => {
    const html = renderToStaticMarkup(
      createElement(Heatmap, {
        spec: {
          data: new Float32Array([1, 0, 0.5, 0.5, 0.2, 0.8, 1, 0]),
          shape: [2, 2, 2],
          title: 'Weights',
          rowLabels: ['the', 'cat'],
        },
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain(
      'aria-label="Weights: heatmap of 2 rows by 2 columns, values from 0 to 1. Showing Head 1. Each row sums to 1."',
    );
    expect(html).toContain('<option value="average">Average of all heads</option>');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('Show table');
    expect(html).toContain('Copy CSV');
  });

  it('names the selector after what the maps are: frames, not heads', () => {
    const spec = {
      data: [1, 0, 0, 1],
      shape: [2, 1, 2],
      headLabels: ['frame 0', 'frame 1'],
      sliceAxis: 'frame' as const,
    };
    const zh = renderToStaticMarkup(createElement(Heatmap, { spec, locale: 'zh' }));
    expect(zh).toContain('<label>帧 <select');
    expect(zh).not.toContain('注意力头');
    const en = renderToStaticMarkup(
      createElement(Heatmap, { spec: { ...spec, sliceAxis: undefined } }),
    );
    expect(en).toContain('<label>Head <select');
  });

  it('shows the reason instead of crashing on a bad shape, in the chosen locale', () => {
    const html = renderToStaticMarkup(
      createElement(Heatmap, { spec: { data: [1, 2, 3], shape: [2, 2] }, locale: 'zh' }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('无法绘制此数据');
    expect(html).toContain('spec.shape [2, 2] needs 4 values but spec.data has 3');
  });

  it('draws NaN, Infinity and masked cells without throwing and lists them in the legend', () => {
    const html = renderToStaticMarkup(
      createElement(Heatmap, { spec: { data: [NaN, Infinity, -Infinity, 1], shape: [4] } }),
    );
    expect(html).toContain('1 cells are masked.');
    expect(html).toContain('2 cells are not finite');
    expect(html).toContain('NaN or infinite');
  });
});

describe('AttentionSteps and LineChart markup', () => {
  it('captions the five steps', () => {
    const m = { data: [1, -Infinity, 0.5, 0.5], shape: [2, 2] };
    const html = renderToStaticMarkup(
      createElement(AttentionSteps, {
        steps: { scores: m, scaled: m, masked: m, weights: m, output: m },
        queryLabels: ['a', 'b'],
        keyLabels: ['a', 'b'],
      }),
    );
    for (const caption of ['QKᵀ', 'scaled', 'masked', 'softmax weights', 'output']) {
      expect(html).toContain(`<figcaption class="`);
      expect(html).toContain(`>${caption}</figcaption>`);
    }
  });

  it('renders a described line chart', () => {
    const line = renderToStaticMarkup(
      createElement(LineChart, {
        series: [
          { name: 'a', values: [0, 1, NaN, 3] },
          { name: 'b', values: [1, 1, 1, 1] },
        ],
        title: 'Scores',
      }),
    );
    expect(line).toContain('aria-label="Scores: line chart of 2 series over 4 points');
  });
});
