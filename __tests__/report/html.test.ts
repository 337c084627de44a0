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

  test('claims are coloured by source and carry its number; unattributed ones in the warning style with ⚠', () => {
    expect(html).toContain('class="claim k-quote src-0" data-claim="c1" title="c1 · quote · Ann Lee" data-tag="1"');
    expect(html).toContain('class="claim k-reported src-1" data-claim="c2"');
    expect(html).toContain(
      'class="claim k-unattributed src-none" data-claim="c3" title="c3 · unattributed · no source" data-tag="⚠"',
    );
    expect(html).toMatch(
      /<tr class="k-unattributed unattributed" data-claim="c3"><td[^>]*>.*?<\/td><td class="f-kind" data-label="kind"><span class="warn" aria-label="no source">⚠<\/span> unattributed<\/td>/,
    );
    expect(html).toContain('mark.src-none{background:#fff4d6;outline:1.5px dashed #b45309');
  });

  test('numbers and hedges are marked in the article', () => {
    const article = /<article class="text">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    expect(article).toContain('<span class="num">200</span>');
    expect(article).toContain('<span class="hedge">reportedly</span>');
  });

  test('the path is shown once (the page heading); the table is compact: no column empty in every row', () => {
    const visible = html.slice(html.indexOf('<body>'), html.indexOf('<script type="application/json"'));
    expect(visible.split('sample.txt')).toHaveLength(2);
    expect(visible).toContain('<h1>sample.txt</h1>');
    expect([...html.matchAll(/<th class="f-[^"]*">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      '#',
      'kind',
      'source',
      'cue',
      'claim',
    ]);
    expect(html).toContain(
      '<td class="f-id" data-label="id"><a href="#d0-c2">c2</a><small class="line">line 2</small></td>',
    );
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

test("each policy finding sits in its claim's row; the page says how many", () => {
  const document = sampleDocument();
  const finding = {
    rule: 'hedged-unattributed' as const,
    severity: 'error' as const,
    path: 'sample.txt',
    document: 'sample.txt',
    claim: 'c3',
    message: 'hedged claim (reportedly) with no source',
    text: '-5 degrees',
    start: 0,
    end: 0,
    line: 3,
    column: 1,
  };
  const html = formatHtml([document], { texts: [SAMPLE_TEXT], findings: [finding] });
  const row = /<tr class="[^"]*" data-claim="c3">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
  expect(row).toContain(
    '<ul class="findings"><li class="sev-error"><span class="sev">error</span> <strong>hedged-unattributed</strong> hedged claim (reportedly) with no source</li></ul>',
  );
  expect(html).toContain('<tr class="k-unattributed unattributed flagged" data-claim="c3">');
  expect(html).toContain('<strong class="finding-count">1 finding</strong> (1 error)</p>');
  const mixed = formatHtml([document], {
    texts: [SAMPLE_TEXT],
    findings: [finding, { ...finding, rule: 'unattributed-number', severity: 'warning' }],
  });
  expect(mixed).toContain('<strong class="finding-count">2 findings</strong> (1 error, 1 warning)</p>');
  const other = /<tr class="[^"]*" data-claim="c1">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
  expect(other).not.toContain('findings');
});

test('a dozen sources: twelve different colours, the last four also dashed, each with its number', () => {
  const text = Array.from({ length: 13 }, (_, i) => `"Yes ${i}," Speaker${i} said.`).join('\n');
  const document = extract(text, { path: 'many.txt' });
  expect(document.sources).toHaveLength(13);
  const html = formatHtml([document], { texts: [text] });
  const colours = [...html.matchAll(/^\.src-(\d+)\{background:(#[0-9a-f]{6})\}$/gm)].map((m) => m[2]);
  expect(colours).toHaveLength(12);
  expect(new Set(colours).size).toBe(12);
  const classes = document.claims.map(
    (c) =>
      / class="claim k-quote ([^"]*)" data-claim="/.exec(html.slice(html.indexOf(`data-claim="${c.id}"`) - 80))?.[1],
  );
  expect(classes.slice(6, 10)).toEqual(['src-6', 'src-7', 'src-8 src-dashed', 'src-9 src-dashed']);
  expect(classes[12]).toBe('src-0 src-dashed');
  expect(html).toContain('data-tag="13"');
});

test('responsive: one column under 1100 px (the table under the article), table rows as blocks under 700 px', () => {
  const html = formatHtml([sampleDocument()], { texts: [SAMPLE_TEXT] });
  expect(html).toContain('@media (max-width:1100px){.layout{grid-template-columns:minmax(0,1fr)}}');
  expect(html).toMatch(
    /@media \(max-width:700px\)\{\ntable\.claims thead\{display:none\}\ntable\.claims tr\{display:block/,
  );
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
});

describe('findings with --fields and --only', () => {
  const finding = (claim: string) => ({
    rule: 'unattributed-number' as const,
    severity: 'error' as const,
    path: 'sample.txt',
    document: 'sample.txt',
    claim,
    message: 'number 200 people in a claim with no source',
    text: '200 people left',
    start: 0,
    end: 0,
    line: 2,
    column: 16,
  });

  test('--fields: exactly the chosen columns, then a findings column', () => {
    const html = formatHtml([sampleDocument()], {
      texts: [SAMPLE_TEXT],
      fields: ['kind', 'numbers'],
      findings: [finding('c2')],
    });
    expect([...html.matchAll(/<th class="f-[^"]*">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      'kind',
      'numbers',
      'findings',
    ]);
    expect(html).toContain(
      '<td class="f-findings" data-label="findings"><ul class="findings"><li class="sev-error"><span class="sev">error</span> <strong>unattributed-number</strong>',
    );
  });

  test('records with the same id in two files: a finding stays in its own file’s section', () => {
    // Two NDJSON files that both number their records from "1": same document id, other paths.
    const record = (path: string) => ({ ...sampleDocument(), id: '1', path });
    const html = formatHtml([record('a.jsonl'), record('b.jsonl')], {
      texts: [SAMPLE_TEXT, SAMPLE_TEXT],
      findings: [{ ...finding('c2'), path: 'a.jsonl', document: '1' }],
    });
    const sections = html.split('<section class="document"').slice(1);
    expect(sections.map((s) => s.includes('<ul class="findings">'))).toEqual([true, false]);
    expect(sections.map((s) => /<strong class="finding-count">([^<]*)</.exec(s)?.[1])).toEqual([
      '1 finding',
      '0 findings',
    ]);
  });

  test('a finding on a claim left out by --only is listed under the table, not lost', () => {
    const document = sampleDocument();
    const shown = { ...document, claims: document.claims.filter((c) => c.id !== 'c2') };
    const html = formatHtml([shown], { texts: [SAMPLE_TEXT], findings: [{ ...finding('c2'), severity: 'warning' }] });
    expect(html).toContain(
      '<p>Findings on claims not shown:</p><ul class="findings"><li class="sev-warning">line 2: <span class="sev">warning</span> <strong>unattributed-number</strong> number 200 people in a claim with no source “200 people left”</li></ul>',
    );
  });
});
