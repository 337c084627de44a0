/**
 * The HTML dashboard of `whosaid report`: one self-contained page (no scripts, fonts, images or styles from
 * elsewhere), readable at 800 px: the summary tables and three charts drawn as inline SVG — the share of women
 * among the people quoted by group, the kinds of sources by group, and the most quoted people and
 * organizations. Every value from the corpus is HTML-escaped.
 */
import type { SourceKind } from '../../types.js';
import type { CorpusSummary, GroupSummary, SourceTally } from './aggregate.js';
import { CLAIM_COLUMNS, percent, summaries, usualGender, VOICE_COLUMNS } from './formats.js';
import { escapeHtml } from '../html-escape.js';
import { plural, SOURCE_KINDS } from '../rows.js';

/** Chart geometry, in SVG units (the SVG scales to the page width, at most 800 px). */
const WIDTH = 760;
const LABEL = 200;
const VALUE = 90;
const ROW = 24;
const BAR = 16;

const KIND_COLORS: Record<SourceKind, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  media: '#59a14f',
  group: '#edc948',
  anonymous: '#e15759',
  unknown: '#bab0ac',
};
const GENDER_COLORS: Record<string, string> = { woman: '#8e44ad', man: '#1f7a5a', 'not known': '#9e9e9e' };

interface Segment {
  value: number;
  color: string;
  title: string;
}

interface BarRow {
  label: string;
  segments: Segment[];
  /** Text right of the bar. */
  note: string;
}

/** A horizontal bar chart; `max` is the value of a full-width bar. Labels are shortened to fit. */
function barChart(title: string, rows: readonly BarRow[], max: number): string {
  const plot = WIDTH - LABEL - VALUE;
  const height = rows.length * ROW + 8;
  const body = rows.map((row, i) => {
    const y = 4 + i * ROW;
    let x = LABEL;
    const bars = row.segments.map((s) => {
      const w = max > 0 ? (s.value / max) * plot : 0;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${s.color}"><title>${escapeHtml(s.title)}</title></rect>`;
      x += w;
      return rect;
    });
    const label = row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label;
    return [
      `<text x="${LABEL - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(label)}<title>${escapeHtml(row.label)}</title></text>`,
      `<rect x="${LABEL}" y="${y}" width="${plot}" height="${BAR}" fill="#f2f2f2"/>`,
      ...bars,
      `<text x="${LABEL + plot + 6}" y="${y + 12}">${escapeHtml(row.note)}</text>`,
    ].join('');
  });
  return [
    `<figure><figcaption>${escapeHtml(title)}</figcaption>`,
    `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" font-size="12" font-family="system-ui, sans-serif">`,
    ...body,
    '</svg></figure>',
  ].join('\n');
}

function legend(entries: readonly [string, string][]): string {
  return `<p class="legend">${entries.map(([label, color]) => `<span><i style="background:${color}"></i>${escapeHtml(label)}</span>`).join(' ')}</p>`;
}

const labelOf = (summary: CorpusSummary, g: GroupSummary) => (g === summary.overall ? 'all documents' : g.group);

function womenChart(summary: CorpusSummary): string {
  const rows = summaries(summary).map((g) => ({
    label: labelOf(summary, g),
    segments: [{ value: g.shareWomen ?? 0, color: GENDER_COLORS.woman, title: `women ${percent(g.shareWomen)}` }],
    note: `${percent(g.shareWomen)} of ${g.people.female + g.people.male}`,
  }));
  return barChart('Share of women among the people quoted whose gender the article gives', rows, 1);
}

function kindsChart(summary: CorpusSummary): string {
  const rows = summaries(summary).map((g) => {
    const total = SOURCE_KINDS.reduce((n, k) => n + g.sources[k], 0);
    return {
      label: labelOf(summary, g),
      segments: SOURCE_KINDS.map((k) => ({
        value: total > 0 ? g.sources[k] / total : 0,
        color: KIND_COLORS[k],
        title: `${k}: ${g.sources[k]}`,
      })),
      note: `${total} sources`,
    };
  });
  return `${barChart('Kinds of sources', rows, 1)}\n${legend(SOURCE_KINDS.map((k) => [k, KIND_COLORS[k]]))}`;
}

function topChart(title: string, tallies: readonly SourceTally[]): string {
  if (tallies.length === 0) return `<p>${escapeHtml(title)}: none.</p>`;
  const max = Math.max(...tallies.map((t) => t.claims));
  const rows = tallies.map((t) => ({
    label: t.name,
    segments: [
      {
        value: t.claims,
        color: t.gender ? GENDER_COLORS[usualGender(t)] : KIND_COLORS[t.kind],
        title: `${t.claims} claims in ${t.documents} documents`,
      },
    ],
    note: `${t.claims} in ${plural(t.documents, 'doc')}`,
  }));
  return barChart(title, rows, max);
}

function table(summary: CorpusSummary, columns: typeof CLAIM_COLUMNS): string {
  const head = `<tr><th></th>${columns.map((c) => `<th>${escapeHtml(c.head)}</th>`).join('')}</tr>`;
  const rows = summaries(summary).map(
    (g) =>
      `<tr><th scope="row">${escapeHtml(labelOf(summary, g))}</th>${columns.map((c) => `<td>${escapeHtml(String(c.cell(g)))}</td>`).join('')}</tr>`,
  );
  return `<div class="wrap"><table>\n${head}\n${rows.join('\n')}\n</table></div>`;
}

const STYLE = `body{max-width:800px;margin:1em auto;padding:0 12px;font:14px/1.45 system-ui,sans-serif;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
.wrap{overflow-x:auto}table{border-collapse:collapse;font-size:12px;width:100%}
th,td{padding:3px 6px;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}
th:first-child{text-align:left}figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:4px}
svg{width:100%;height:auto}.legend span{margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}.note{color:#555;font-size:12px}`;

/** The whole page. */
export function formatCorpusHtml(summary: CorpusSummary): string {
  const n = summary.overall.documents;
  const groups = summary.groupBy ? `, by ${summary.groupBy}` : '';
  const top = summaries(summary)
    .map(
      (g) =>
        `<h3>${escapeHtml(labelOf(summary, g))}</h3>\n${topChart('Most quoted people', g.topPeople)}\n${topChart('Most quoted organizations', g.topOrganizations)}`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>whosaid report: ${plural(n, 'document')}${escapeHtml(groups)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>whosaid report: ${plural(n, 'document')}${escapeHtml(groups)}</h1>
<p class="note">People are person sources with at least one attributed claim, counted once per document. Their gender is
how the articles refer to them (pronouns, honorifics, gendered role nouns), not who they are; “not known” where the
text does not say. Shares of claims are among quotes, partial quotes and reported claims.</p>
<h2>Who is quoted</h2>
${womenChart(summary)}
${legend([['women', GENDER_COLORS.woman]])}
${table(summary, VOICE_COLUMNS)}
<h2>Claims and sources</h2>
${kindsChart(summary)}
${table(summary, CLAIM_COLUMNS)}
<h2>Most quoted</h2>
${legend([
  ['woman', GENDER_COLORS.woman],
  ['man', GENDER_COLORS.man],
  ['gender not known', GENDER_COLORS['not known']],
  ['organization', KIND_COLORS.organization],
  ['media', KIND_COLORS.media],
])}
${top}
</body>
</html>
`;
}
