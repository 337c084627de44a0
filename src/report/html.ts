/**
 * A self-contained HTML page: each article with its claims highlighted (<mark data-claim>) and
 * coloured by source, the claim table beside it. No external assets; every piece of article text is
 * HTML-escaped; the inline JSON writes "<" as "\u003c" so no input can close the <script>.
 */
import type { DocumentResult, Source } from '../types.js';
import type { ReportContext } from './context.js';
import { cell, READING_FIELDS, type ReportField } from './fields.js';
import { escapeHtml, inlineJson } from './html-escape.js';
import { markup, type MarkupSpan } from './markup.js';
import { claimRows, summary } from './rows.js';

/** Background hues for sources, chosen to stay readable under black text; cycled past the end. */
const PALETTE = [
  '#ffe08a',
  '#a8e6cf',
  '#bcd4ff',
  '#ffc2d1',
  '#d7c4ff',
  '#ffd3a8',
  '#b8f0f0',
  '#e0f0a0',
  '#f5c6a5',
  '#c9e4ff',
  '#f0c0f0',
  '#d0d0a0',
];
/** Claims without a source: grey, so the eye sees what nobody stands behind. */
const NO_SOURCE = '#dddddd';

function colourClass(sourceIndex: Map<string, number>, source: string | null): string {
  return source === null || !sourceIndex.has(source)
    ? 'src-none'
    : `src-${(sourceIndex.get(source) ?? 0) % PALETTE.length}`;
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
    return {
      start: claim.start,
      end: claim.end,
      open: (first) => (first ? `<mark id="${prefix}${escapeHtml(claim.id)}" ${attributes}>` : `<mark ${attributes}>`),
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
  }
  return markup(text, spans);
}

function tableHtml(
  document: DocumentResult,
  fields: readonly ReportField[],
  prefix: string,
  sourceIndex: Map<string, number>,
): string {
  const head = fields.map((f) => `<th>${escapeHtml(f)}</th>`).join('');
  const rows = claimRows(document).map((row, i) => {
    const claim = document.claims[i];
    const cells = fields.map((f) => {
      const value = escapeHtml(String(cell(row, f, document)));
      if (f === 'id') return `<td><a href="#${prefix}${escapeHtml(row.id)}">${value}</a></td>`;
      if (f === 'source')
        return `<td><span class="swatch ${colourClass(sourceIndex, claim.source)}"></span>${value || '<em>none</em>'}</td>`;
      return `<td>${value}</td>`;
    });
    return `<tr data-claim="${escapeHtml(row.id)}">${cells.join('')}</tr>`;
  });
  return `<table class="claims"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function documentHtml(document: DocumentResult, text: string, index: number, fields: readonly ReportField[]): string {
  const prefix = `d${index}-`;
  const sourceIndex = new Map(document.sources.map((s, i) => [s.id, i]));
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  const legend = document.sources
    .map(
      (s) =>
        `<li><span class="swatch ${colourClass(sourceIndex, s.id)}"></span>${escapeHtml(s.name)} <small>(${escapeHtml(s.kind)})</small></li>`,
    )
    .concat('<li><span class="swatch src-none"></span><em>no source</em></li>')
    .join('');
  return `<section class="document" data-document="${index}">
<h2>${escapeHtml(document.path || document.id)}</h2>
<p class="summary">${escapeHtml(summary(document))}</p>
<div class="layout">
<article class="text">${articleHtml(document, text, prefix, sourceIndex, sources)}</article>
<aside><ul class="legend">${legend}</ul>${tableHtml(document, fields, prefix, sourceIndex)}</aside>
</div>
</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#222}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:16px;line-height:1.7}
mark{color:inherit;border-radius:3px;padding:1px 0}
mark mark{border-bottom:2px solid #555}
.mention{font-weight:bold;text-decoration:underline}
.cue{font-style:italic;text-decoration:underline dotted}
.hl{outline:2px solid #d33}
table.claims{border-collapse:collapse;font-size:13px;width:100%}
table.claims th,table.claims td{border:1px solid #ccc;padding:3px 5px;vertical-align:top;text-align:left}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border:1px solid #888;vertical-align:middle}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1em;font-size:13px}
${PALETTE.map((colour, i) => `.src-${i}{background:${colour}}`).join('\n')}
.src-none{background:${NO_SOURCE}}
.mention.src-none,${PALETTE.map((_, i) => `.mention.src-${i}`).join(',')}{background:none}`;

/** Hover a claim (in the text or the table) to outline it in both. Our code only; no input reaches it. */
const SCRIPT = `for(const el of document.querySelectorAll('[data-claim]')){const s=el.closest('section');const all=()=>s.querySelectorAll('[data-claim="'+el.dataset.claim+'"]');el.addEventListener('mouseenter',()=>all().forEach(e=>e.classList.add('hl')));el.addEventListener('mouseleave',()=>all().forEach(e=>e.classList.remove('hl')));}`;

/** The HTML page for all documents. `context.texts` must hold each document's text. */
export function formatHtml(
  documents: DocumentResult[],
  context: Pick<ReportContext, 'fields' | 'findings' | 'texts'>,
): string {
  const fields = context.fields ?? READING_FIELDS;
  const sections = documents.map((d, i) => documentHtml(d, context.texts?.[i] ?? '', i, fields));
  const findings =
    context.findings === undefined
      ? ''
      : `<section class="findings"><h2>Findings (${context.findings.length})</h2><ul>${context.findings
          .map(
            (f) =>
              `<li>${escapeHtml(`${f.path}:${f.line}:${f.column}`)} <strong>${escapeHtml(f.rule)}</strong> ${escapeHtml(f.message)}</li>`,
          )
          .join('')}</ul></section>`;
  const title =
    documents.length === 1
      ? `whosaid — ${documents[0].path || documents[0].id}`
      : `whosaid — ${documents.length} documents`;
  const data = { version: 1, documents, ...(context.findings !== undefined ? { findings: context.findings } : {}) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.join('\n')}
${findings}
<script type="application/json" id="whosaid-data">${inlineJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
