import { parse } from 'csv-parse/sync';
import { Chalk } from 'chalk';
import { CorpusAggregate } from '../../../src/report/corpus/aggregate.js';
import {
  CSV_HEADER,
  formatCorpusCsv,
  formatCorpusJson,
  formatCorpusMarkdown,
  formatCorpusTable,
  percent,
} from '../../../src/report/corpus/formats.js';
import { formatCorpusHtml } from '../../../src/report/corpus/html.js';
import { corpus } from './corpus.js';

const aggregate = new CorpusAggregate('outlet');
for (const { document, outlet } of corpus) aggregate.add(document, outlet);
const summary = aggregate.summary();

/** The corpus with names that need escaping in every format. */
function hostileSummary() {
  const a = new CorpusAggregate('outlet');
  const [first] = corpus;
  const sources = first.document.sources.map((s) =>
    s.id === 's1' ? { ...s, name: '<script>alert("x")</script> & =SUM(A1)' } : s,
  );
  a.add({ ...first.document, sources }, '<b>Ledger</b> | "pipe"');
  return a.summary();
}

test.each([
  [null, '—'],
  [0, '0.0%'],
  [2 / 3, '66.7%'],
  [1, '100.0%'],
])('percent(%p) = %p', (share, text) => {
  expect(percent(share)).toBe(text);
});

describe('csv', () => {
  test('parses back: a header and one row per group, the corpus first', () => {
    const rows = parse(formatCorpusCsv(summary), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(CSV_HEADER);
    expect(rows.map((r) => [r.group, r.documents, r.people_female, r.people_male, r.share_women])).toEqual([
      ['all', '4', '3', '1', '0.75'],
      ['(none)', '1', '0', '0', ''],
      ['Courier', '1', '1', '0', '1'],
      ['Ledger', '2', '2', '1', '0.6667'],
    ]);
    expect(rows[0].top_people).toBe(
      'Ruth Okafor (3, woman); Priya Nair (2, woman); Sam Reyes (1, not known); Tom Baird (1, man)',
    );
    expect(rows[0].share_anonymous).toBe('0.1');
  });

  test('text cells that a spreadsheet would run are neutralised; quoting survives', () => {
    const rows = parse(formatCorpusCsv(hostileSummary()), { columns: true }) as Record<string, string>[];
    expect(rows[1].group).toBe('<b>Ledger</b> | "pipe"');
    expect(rows[0].top_people.startsWith('<script>alert("x")</script> & =SUM(A1) (2, woman)')).toBe(true);
  });
});

describe('json', () => {
  test('shape: version, groupBy, overall and groups with every figure', () => {
    const json = JSON.parse(formatCorpusJson(summary));
    expect(Object.keys(json)).toEqual(['version', 'groupBy', 'overall', 'groups']);
    expect(json.version).toBe(1);
    expect(Object.keys(json.overall)).toEqual([
      'group',
      'documents',
      'claims',
      'sources',
      'people',
      'shareWomen',
      'attributedClaims',
      'anonymousClaims',
      'shareAnonymous',
      'noSourceClaims',
      'shareNoSource',
      'unattributedNumbers',
      'topPeople',
      'topOrganizations',
    ]);
    expect(json.groups.map((g: { group: string }) => g.group)).toEqual(['(none)', 'Courier', 'Ledger']);
    expect(json.overall.topPeople[0]).toEqual({
      name: 'Ruth Okafor',
      kind: 'person',
      claims: 3,
      documents: 2,
      gender: { female: 2, male: 0, unknown: 0 },
    });
  });
});

describe('markdown and table', () => {
  test('markdown: the two tables and the most quoted, cells escaped', () => {
    const md = formatCorpusMarkdown(summary);
    expect(md).toContain('## whosaid report: 4 documents, by outlet');
    expect(md).toContain('| outlet: Ledger | 2 | 1 | 0 | 66.7% | 0.0% | 0.0% | 1 |');
    expect(md).toContain('| all documents | 4 | 5 | 1 | 4 | 2 | 6 | 1 | 0 | 0 | 1 | 0 |');
    const hostile = formatCorpusMarkdown(hostileSummary());
    expect(hostile).toContain('| outlet: &lt;b&gt;Ledger&lt;/b&gt; \\| "pipe" |');
    expect(hostile).not.toContain('<script>');
  });

  test('table: no colour without a colour chalk, one row per group', () => {
    const table = formatCorpusTable(summary, new Chalk({ level: 0 }));
    expect(table).toContain('whosaid report: 4 documents, by outlet');
    expect(table).toMatch(/│ outlet: Courier\s+│\s+1 │\s+2 │\s+1 │\s+2 │\s+0 │/);
    expect(table).toMatch(/│ outlet: Ledger\s+│\s+2 │\s+1 │\s+0 │\s+66\.7% │/);
    expect(table).not.toContain('\u001b[');
  });

  test('table: the grouping field is shown escaped, as every other value (it may come from a script)', () => {
    const a = new CorpusAggregate('out\u001b[2Jlet');
    a.add(corpus[0].document, 'Courier');
    const table = formatCorpusTable(a.summary(), new Chalk({ level: 0 }));
    expect(table).toContain('whosaid report: 1 document, by out\\x1b[2Jlet\n');
    expect(table).not.toContain('\u001b');
  });
});

describe('html', () => {
  const html = formatCorpusHtml(hostileSummary());

  test('self-contained: no scripts, no external assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:\/\//i);
    expect(html).toContain('<svg viewBox="0 0 760');
  });

  test('every corpus value is escaped', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>Ledger');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; =SUM(A1)');
    expect(html).toContain('&lt;b&gt;Ledger&lt;/b&gt; | &quot;pipe&quot;');
  });

  test('charts: the share of women by group, kinds of sources, most quoted', () => {
    const page = formatCorpusHtml(summary);
    expect(page).toContain(
      '<figcaption>Share of women among the people quoted whose gender the article gives</figcaption>',
    );
    expect(page).toContain('66.7% of 3');
    expect(page).toContain('<figcaption>Kinds of sources</figcaption>');
    expect(page).toContain('<figcaption>Most quoted people</figcaption>');
    // Bars never overflow their plot: the women bar for Courier (100%) is the full plot width.
    expect(page).toContain('width="470.0" height="16" fill="#8e44ad"');
  });
});
