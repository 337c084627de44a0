import { formatHtml } from '../../src/report/html.js';
import { escapeHtml, inlineJson } from '../../src/report/html-escape.js';
import { extract } from '../../src/pipeline.js';
import { markTexts } from './mark-texts.js';
import { SAMPLE_TEXT, sampleDocument } from './sample-document.js';

test('escapeHtml and inlineJson', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  expect(inlineJson({ t: '</script><!--\u2028' })).toBe('{"t":"\\u003c/script>\\u003c!--\\u2028"}');
});

describe('the HTML page of the sample document', () => {
  const html = formatHtml([sampleDocument()], { texts: [SAMPLE_TEXT] });

  test('every claim text is inside its mark exactly once, escaped', () => {
    const texts = markTexts(html);
    expect(Object.fromEntries(texts)).toEqual({
      c1: '<script>alert(1)</script> is =SUM(A1) | fine.',
      c2: '200 people left',
      c3: '-5 degrees',
    });
    for (const id of ['c1', 'c2', 'c3']) expect(html.split(`id="d0-${id}"`)).toHaveLength(2);
  });

  test('no <script> from the input: only our two script elements', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
  });

  test('self-contained: no external URLs', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  test('claims are coloured by source; unattributed ones grey', () => {
    expect(html).toContain('class="claim k-quote src-0" data-claim="c1"');
    expect(html).toContain('class="claim k-reported src-1" data-claim="c2"');
    expect(html).toContain('class="claim k-unattributed src-none" data-claim="c3"');
  });

  test('the inline JSON parses back to the documents', () => {
    const json = /<script type="application\/json" id="whosaid-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ version: 1, documents: [sampleDocument()] });
  });
});

test('a real extraction of a hostile article: marks cover each claim exactly, nothing unescaped', () => {
  const text =
    'Police chief Dana Ortiz said: "<script>alert(1)</script> was found on 3 sites."\n\n"It is over," she said. The <b>mayor</b> said the roads were clear.\n';
  const document = extract(text, { path: 'hostile.txt' });
  expect(document.claims.length).toBeGreaterThan(0);
  const html = formatHtml([document], { texts: [text] });
  const texts = markTexts(html);
  for (const claim of document.claims) expect(texts.get(claim.id)).toBe(claim.text);
  expect(html.match(/<script/gi)).toHaveLength(2);
  expect(html).not.toContain('<b>mayor');
});
