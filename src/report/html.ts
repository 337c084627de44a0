/**
 * A self-contained HTML page a journalist can send to an editor: each article with its claims highlighted
 * (<mark data-claim>) and coloured by source, numbers and hedges marked, the claim table beside it (under it
 * on a narrow screen), each policy finding in its claim's row. No external assets; every piece of article text
 * is HTML-escaped; the inline JSON writes "<" as "\u003c" so no input can close the <script>.
 */
import type { DocumentResult, Source } from '../types.js';
import { documentKey, findingsByDocument, type Finding } from '../policy/findings.js';
import type { ReportContext } from './context.js';
import { cell, type ReportField } from './fields.js';
import { escapeHtml, inlineJson } from './html-escape.js';
import { markup, type MarkupSpan } from './markup.js';
import { claimRows, documentHeading, plural, summary } from './rows.js';

/**
 * Source colours: Paul Tol's "light" scheme (made for colour-blind readers, readable under black text) with a
 * light tone of his purple in place of its grey (grey would read as "no source"), then four of his "pale" tones.
 * From the ninth source on, marks also get a dashed underline, and every claim carries its source's number, so a
 * dozen sources (and more, as the colours repeat) stay apart without relying on colour alone.
 */
const PALETTE = [
  '#77aadd',
  '#ee8866',
  '#eedd88',
  '#44bb99',
  '#ffaabb',
  '#99ddff',
  '#bbcc33',
  '#cc99cc',
  '#bbccee',
  '#ffcccc',
  '#cceeff',
  '#ccddaa',
];
/** Sources past this many get the dashed underline as well as a colour. */
const SOLID_SOURCES = 8;

function colourClass(sourceIndex: Map<string, number>, source: string | null): string {
  const index = source === null ? undefined : sourceIndex.get(source);
  return index === undefined
    ? 'src-none'
    : `src-${index % PALETTE.length}${index >= SOLID_SOURCES ? ' src-dashed' : ''}`;
}

/** The number shown for a source (1-based, as in the legend). */
function sourceNumber(sourceIndex: Map<string, number>, source: string | null): string {
  const index = source === null ? undefined : sourceIndex.get(source);
  return index === undefined ? '⚠' : String(index + 1);
}

function articleHtml(
  document: DocumentResult,
  text: string,
  prefix: string,
  sourceIndex: Map<string, number>,
  sources: Map<string, Source>,
): string {
  const spans: MarkupSpan[] = document.claims.map((claim) => {
    const name = claim.source === null ? 'no source' : (sources.get(claim.source)?.name ?? claim.source);
    const attributes = `class="claim k-${escapeHtml(claim.kind)} ${colourClass(sourceIndex, claim.source)}" data-claim="${escapeHtml(claim.id)}" title="${escapeHtml(`${claim.id} · ${claim.kind} · ${name}`)}"`;
    const tag = escapeHtml(sourceNumber(sourceIndex, claim.source));
    return {
      start: claim.start,
      end: claim.end,
      // The first fragment carries the source's number (CSS shows it; it is not part of the text).
      open: (first) =>
        first ? `<mark id="${prefix}${escapeHtml(claim.id)}" ${attributes} data-tag="${tag}">` : `<mark ${attributes}>`,
      close: '</mark>',
    };
  });
  for (const source of document.sources) {
    for (const mention of source.mentions) {
      spans.push({
        start: mention.start,
        end: mention.end,
        open: () =>
          `<span class="mention ${colourClass(sourceIndex, source.id)}" data-source="${escapeHtml(source.id)}">`,
        close: '</span>',
      });
    }
  }
  for (const claim of document.claims) {
    if (claim.cue)
      spans.push({ start: claim.cue.start, end: claim.cue.end, open: () => '<span class="cue">', close: '</span>' });
    for (const n of claim.numbers) {
      spans.push({ start: n.start, end: n.end, open: () => '<span class="num">', close: '</span>' });
    }
    for (const h of claim.hedges) {
      spans.push({ start: h.start, end: h.end, open: () => '<span class="hedge">', close: '</span>' });
    }
  }
  return markup(text, spans);
}

/** One document's findings by claim id, for the row of each claim. */
function findingsByClaim(findings: readonly Finding[]): Map<string, Finding[]> {
  const byClaim = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byClaim.get(f.claim);
    if (list === undefined) byClaim.set(f.claim, [f]);
    else list.push(f);
  }
  return byClaim;
}

/** The default columns; the claim cell also holds the numbers, hedges and findings, the # cell the line. */
const COMPACT_FIELDS: readonly ReportField[] = ['id', 'kind', 'source', 'cue', 'text'];

/** "error" or "warning" before a finding: whether it fails the run. */
function severityTag(finding: Finding): string {
  return `<span class="sev">${finding.severity}</span> `;
}

function findingList(list: readonly Finding[] | undefined): string {
  if (list === undefined || list.length === 0) return '';
  const items = list.map(
    (f) =>
      `<li class="sev-${f.severity}">${severityTag(f)}<strong>${escapeHtml(f.rule)}</strong> ${escapeHtml(f.message)}</li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

function tableHtml(
  document: DocumentResult,
  requested: readonly ReportField[] | undefined,
  prefix: string,
  sourceIndex: Map<string, number>,
  findings: Map<string, Finding[]> | undefined,
): string {
  const rows = claimRows(document);
  const compact = requested === undefined;
  // The default columns leave out those empty in every row; columns chosen with --fields are all shown.
  const fields = requested ?? COMPACT_FIELDS.filter((f) => rows.some((row) => String(cell(row, f, document)) !== ''));
  // With --fields, findings get a column of their own; by default they sit in the claim cell.
  const findingsColumn = !compact && findings !== undefined && findings.size > 0;
  const head = [
    ...fields.map((f) => (f === 'text' ? 'claim' : f === 'id' ? '#' : f)),
    ...(findingsColumn ? ['findings'] : []),
  ]
    .map((h) => `<th class="f-${escapeHtml(h)}">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows.map((row, i) => {
    const claim = document.claims[i];
    const cells = fields.map((f) => {
      const value = escapeHtml(String(cell(row, f, document)));
      const label = `class="f-${f}" data-label="${f === 'text' ? 'claim' : f}"`;
      if (f === 'id') {
        const line = compact ? `<small class="line">line ${row.line}</small>` : '';
        return `<td ${label}><a href="#${prefix}${escapeHtml(row.id)}">${value}</a>${line}</td>`;
      }
      if (f === 'kind')
        return `<td ${label}>${claim.source === null ? '<span class="warn" aria-label="no source">⚠</span> ' : ''}${value}</td>`;
      if (f === 'source') {
        const swatch = `<span class="swatch ${colourClass(sourceIndex, claim.source)}">${escapeHtml(sourceNumber(sourceIndex, claim.source))}</span>`;
        return `<td ${label}>${swatch}${value || '<em>no source</em>'}</td>`;
      }
      if (f === 'text' && compact) {
        const extra = [
          row.numbers ? `<span class="detail"><span class="num">${escapeHtml(row.numbers)}</span></span>` : '',
          row.hedges ? `<span class="detail"><span class="hedge">${escapeHtml(row.hedges)}</span></span>` : '',
        ].join('');
        return `<td ${label}>${value}${extra}${findingList(findings?.get(claim.id))}</td>`;
      }
      return `<td ${label}>${value}</td>`;
    });
    if (findingsColumn)
      cells.push(`<td class="f-findings" data-label="findings">${findingList(findings.get(claim.id))}</td>`);
    const flagged = findings?.has(claim.id) ? ' flagged' : '';
    return `<tr class="k-${escapeHtml(claim.kind)}${claim.source === null ? ' unattributed' : ''}${flagged}" data-claim="${escapeHtml(row.id)}">${cells.join('')}</tr>`;
  });
  return `<table class="claims"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** Findings whose claim is not in the table (left out by --only): listed under it, so none is lost. */
function unshownFindings(document: DocumentResult, byClaim: Map<string, Finding[]> | undefined): string {
  if (byClaim === undefined) return '';
  const shown = new Set(document.claims.map((c) => c.id));
  const rest = [...byClaim].filter(([claim]) => !shown.has(claim)).flatMap(([, list]) => list);
  if (rest.length === 0) return '';
  const items = rest.map(
    (f) =>
      `<li class="sev-${f.severity}">line ${f.line}: ${severityTag(f)}<strong>${escapeHtml(f.rule)}</strong> ${escapeHtml(f.message)} “${escapeHtml(f.text)}”</li>`,
  );
  return `<p>Findings on claims not shown:</p><ul class="findings">${items.join('')}</ul>`;
}

function documentHtml(
  document: DocumentResult,
  text: string,
  index: number,
  fields: readonly ReportField[] | undefined,
  /** This document's findings; undefined when no policy ran. */
  findings: readonly Finding[] | undefined,
  heading: boolean,
): string {
  const prefix = `d${index}-`;
  const sourceIndex = new Map(document.sources.map((s, i) => [s.id, i]));
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  const byClaim = findings === undefined ? undefined : findingsByClaim(findings);
  const findingCount = byClaim === undefined ? 0 : [...byClaim.values()].reduce((n, list) => n + list.length, 0);
  const legend = document.sources
    .map(
      (s) =>
        `<li><span class="swatch ${colourClass(sourceIndex, s.id)}">${escapeHtml(sourceNumber(sourceIndex, s.id))}</span>${escapeHtml(s.name)} <small>(${escapeHtml(s.kind)})</small></li>`,
    )
    .concat(
      '<li><span class="swatch src-none">⚠</span><em>no source</em></li>',
      '<li><span class="num">number</span></li>',
      '<li><span class="hedge">hedge</span></li>',
    )
    .join('');
  // "5 findings (2 errors, 3 warnings)": the errors fail the run, the warnings do not.
  const errors = byClaim === undefined ? 0 : [...byClaim.values()].flat().filter((f) => f.severity === 'error').length;
  const bySeverity =
    findingCount === 0
      ? ''
      : ` (${[errors > 0 ? plural(errors, 'error') : '', errors < findingCount ? plural(findingCount - errors, 'warning') : ''].filter((p) => p !== '').join(', ')})`;
  const findingLine =
    byClaim === undefined
      ? ''
      : ` <strong class="finding-count">${escapeHtml(plural(findingCount, 'finding'))}</strong>${bySeverity}`;
  return `<section class="document" data-document="${index}">
${heading ? `<h2>${escapeHtml(documentHeading(document))}</h2>\n` : ''}<p class="summary">${escapeHtml(summary(document))}${findingLine}</p>
<ul class="legend">${legend}</ul>
<div class="layout">
<article class="text">${articleHtml(document, text, prefix, sourceIndex, sources)}</article>
<div class="table">${tableHtml(document, fields, prefix, sourceIndex, byClaim)}${unshownFindings(document, byClaim)}</div>
</div>
</section>`;
}

const STYLE = `*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;padding:1.25rem;color:#222;max-width:1600px}
h1{font-size:1.4rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:2rem 0 .25rem;overflow-wrap:anywhere}
.summary{margin:.25rem 0 .5rem;color:#444}
.finding-count{color:#9a3412}
.layout{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:1.5rem;align-items:start}
@media (max-width:1100px){.layout{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;font-size:16px;line-height:1.75}
mark{color:inherit;border-radius:3px;padding:1px 0}
mark[data-tag]::before{content:attr(data-tag);font:bold 10px/1 system-ui,sans-serif;vertical-align:super;margin-right:2px;color:#222}
mark mark{border-bottom:2px solid #555}
.src-dashed{text-decoration:underline dashed #333;text-underline-offset:3px}
mark.src-none{background:#fff4d6;outline:1.5px dashed #b45309;outline-offset:-1px}
mark.src-none[data-tag]::before{color:#b45309}
.mention{font-weight:bold;text-decoration:underline}
.cue{font-style:italic;text-decoration:underline dotted}
.num{font-weight:bold;border-bottom:2px solid #1f4e79}
.hedge{font-style:italic;text-decoration:underline wavy #7e22ce;text-underline-offset:3px}
.hl{outline:2px solid #d33}
.table{min-width:0;overflow-x:auto}
table.claims{border-collapse:collapse;font-size:13px;width:100%}
table.claims th,table.claims td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left;overflow-wrap:break-word}
table.claims th{background:#f3f3f3}
.f-id,.f-kind,.f-line,.f-column,.f-start,.f-end,.f-sourceKind{white-space:nowrap}
.f-text{min-width:14em}
.f-source{min-width:7em}
.f-findings{min-width:10em}
.line{display:block;color:#666;white-space:nowrap}
.detail{display:block;margin-top:.2em}
ul.findings{margin:.3em 0 0;padding:.2em .4em .2em 1.4em;color:#7f1d1d;background:#fde8e8;border-radius:3px}
.sev{display:inline-block;padding:0 .3em;border-radius:3px;font:bold 11px/1.5 system-ui,sans-serif;text-transform:uppercase;color:#fff;background:#b91c1c}
ul.findings li.sev-warning{color:#78350f}
li.sev-warning .sev{background:#b45309}
tr.unattributed{background:#fff4d6}
tr.unattributed .f-kind{color:#9a3412;font-weight:bold}
tr.flagged{box-shadow:inset 4px 0 #b91c1c}
.warn{color:#b45309}
.swatch{display:inline-block;min-width:1.4em;padding:0 .2em;margin-right:.35em;border:1px solid #666;border-radius:3px;font:bold 11px/1.4 system-ui,sans-serif;text-align:center;color:#222}
.swatch.src-none{background:#fff4d6;border:1.5px dashed #b45309;color:#b45309}
.legend{list-style:none;padding:0;margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.4em 1.1em;font-size:13px}
@media (max-width:700px){
table.claims thead{display:none}
table.claims tr{display:block;border:1px solid #ccc;margin-bottom:.6rem}
table.claims td{display:grid;grid-template-columns:6em minmax(0,1fr);border:none;border-bottom:1px solid #eee}
table.claims td::before{content:attr(data-label);font-weight:bold;color:#555}
}
${PALETTE.map((colour, i) => `.src-${i}{background:${colour}}`).join('\n')}
.mention[class*="src-"]{background:none}`;

/** Hover a claim (in the text or the table) to outline it in both. Our code only; no input reaches it. */
const SCRIPT = `for(const el of document.querySelectorAll('[data-claim]')){const s=el.closest('section');const all=()=>s.querySelectorAll('[data-claim="'+el.dataset.claim+'"]');el.addEventListener('mouseenter',()=>all().forEach(e=>e.classList.add('hl')));el.addEventListener('mouseleave',()=>all().forEach(e=>e.classList.remove('hl')));}`;

/** The HTML page for all documents. `context.texts` must hold each document's text. */
export function formatHtml(
  documents: DocumentResult[],
  context: Pick<ReportContext, 'fields' | 'findings' | 'texts'>,
): string {
  // One document: its path is the page's heading, shown once; several: each section has its own.
  const single = documents.length === 1;
  const byDocument = context.findings === undefined ? undefined : findingsByDocument(context.findings);
  const sections = documents.map((d, i) =>
    documentHtml(
      d,
      context.texts?.[i] ?? '',
      i,
      context.fields,
      byDocument && (byDocument.get(documentKey(d.path, d.id)) ?? []),
      !single,
    ),
  );
  const title = single ? documentHeading(documents[0]) : `whosaid — ${documents.length} documents`;
  const data = { version: 1, documents, ...(context.findings !== undefined ? { findings: context.findings } : {}) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(single ? `${title} — whosaid` : title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.join('\n')}
<script type="application/json" id="whosaid-data">${inlineJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
