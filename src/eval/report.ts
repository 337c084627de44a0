/**
 * Printing an evaluation: a metrics table for people, a JSON object for machines, and the error
 * listing. Pure functions of the metrics and errors; colour comes in through the chalk instance.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import {
  breakdowns,
  CAUSES,
  countByCause,
  firstByCause,
  shortenMiddle,
  type Cause,
  type ErrorItem,
  type GoldSide,
} from './errors.js';
import { round3, type EvalMetrics, type Prf } from './metrics.js';
import { MIN_QUOTE_WORDS, type IgnorableClaim, type PiecesMode } from './predictions.js';
import { GENDER_CLASSES, type GenderClass, type GenderMetrics } from './gender.js';
import { terminalSafe } from '../report/terminal-text.js';
import { plural } from '../report/rows.js';

/** The matching rule, as printed in --help, the JSON and docs/eval.md. */
export const MATCHING_RULE =
  "a prediction matches a gold item when it covers at least 30% of the gold span's characters; pairs are one-to-one, greedy by overlap (largest first)";

/** Longest gold or predicted text shown in an error line. */
const TEXT_CHARS = 120;
/** Entries shown per breakdown line (the long tail is summed up as "… N more"). */
const BREAKDOWN_ENTRIES = 15;

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

function rounded(value: number | null): number | null {
  return value === null ? null : round3(value);
}

function prfJson(p: Prf) {
  return { tp: p.tp, precision: round3(p.precision), recall: round3(p.recall), f1: round3(p.f1) };
}

function genderJson(g: GenderMetrics) {
  const cls = (c: GenderMetrics['classes'][GenderClass]) => ({
    gold: c.gold,
    predicted: c.predicted,
    matched: c.matched,
    precision: round3(c.precision),
    recall: round3(c.recall),
    f1: round3(c.f1),
  });
  return {
    documents: g.documents,
    rule: GENDER_RULE,
    female: cls(g.classes.female),
    male: cls(g.classes.male),
    unknown: cls(g.classes.unknown),
    outlets: g.outlets.map((o) => ({
      outlet: o.outlet,
      documents: o.documents,
      predicted: { ...o.predicted, share: rounded(o.predicted.share) },
      gold: { ...o.gold, share: rounded(o.gold.share) },
      difference: rounded(o.difference),
    })),
  };
}

/** The gender rule, as printed in the table, the JSON and docs/eval.md. */
export const GENDER_RULE =
  'per article, the person sources with an attributed claim of speech (no cueClass), by gender, as cleaned full names (lower case, punctuation removed) against meta.sourcesFemale/Male/Unknown; counts summed over articles; share of women = women / (women + men)';

/** The cells gold, predicted, matched, P, R and F1 (in bold) of one measure's row. */
function countCells(m: { gold: number; predicted: number; matched: number } & Prf, chalk: ChalkInstance): string[] {
  return [
    String(m.gold),
    String(m.predicted),
    String(m.matched),
    fixed(m.precision),
    fixed(m.recall),
    chalk.bold(fixed(m.f1)),
  ];
}

/** The gender tables: P/R/F1 per gender, and the share of women per outlet. */
function genderTable(g: GenderMetrics, chalk: ChalkInstance): string[] {
  const style = { head: [], border: [] };
  const scores = new Table({
    head: ['', 'gold', 'pred', 'matched', 'P', 'R', 'F1'].map((h) => chalk.bold(h)),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    style,
  });
  const label: Record<GenderClass, string> = { female: 'women quoted', male: 'men quoted', unknown: 'gender unknown' };
  for (const c of GENDER_CLASSES) {
    const m = g.classes[c];
    scores.push([label[c], ...countCells(m, chalk)]);
  }
  const outlets = new Table({
    head: ['outlet', 'docs', 'women/men pred', 'share pred', 'women/men gold', 'share gold', 'difference'].map((h) =>
      chalk.bold(h),
    ),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    style,
  });
  for (const o of g.outlets)
    outlets.push([
      terminalSafe(o.outlet || '(none)'),
      String(o.documents),
      `${o.predicted.female}/${o.predicted.male}`,
      fixed(o.predicted.share),
      `${o.gold.female}/${o.gold.male}`,
      fixed(o.gold.share),
      o.difference === null ? '—' : `${o.difference >= 0 ? '+' : ''}${o.difference.toFixed(3)}`,
    ]);
  return [
    '',
    `${chalk.bold('gender')} (Gender Gap Tracker rule): ${plural(g.documents, 'document')} with annotated people`,
    scores.toString(),
    'share of women among the quoted people of known gender, per outlet',
    outlets.toString(),
    chalk.dim(`gender: ${GENDER_RULE}`),
  ];
}

/** How the gold was read, named in the output where it is not the default (see `eval --help`). */
export interface ScoringChoices {
  pieces?: PiecesMode;
  minQuoteWords?: number;
  ignoreClaims?: readonly IgnorableClaim[];
}

/** The machine-readable result: counts, ratios rounded to 3 decimals, errors per cause, and the listed errors when asked. */
export function formatEvalJson(
  metrics: EvalMetrics,
  errors: readonly ErrorItem[],
  listed?: readonly ErrorItem[],
  { pieces = 'joined', minQuoteWords = MIN_QUOTE_WORDS, ignoreClaims = [] }: ScoringChoices = {},
): string {
  const { quotes: q, attributions: a } = metrics;
  const object = {
    documents: metrics.documents,
    matching: MATCHING_RULE,
    // Only a non-default mode is named, so the default output stays as it was.
    ...(pieces === 'joined' ? {} : { pieces }),
    ...(minQuoteWords === MIN_QUOTE_WORDS ? {} : { minQuoteWords }),
    ...(ignoreClaims.length === 0 ? {} : { ignoreClaims }),
    quotes: {
      gold: q.gold,
      predicted: q.predicted,
      matched: q.matched,
      precision: round3(q.precision),
      recall: round3(q.recall),
      f1: round3(q.f1),
      speakerRight: q.speakerRight,
      speakerAccuracy: rounded(q.speakerAccuracy),
      endToEnd: prfJson(q.endToEnd),
    },
    attributions: {
      gold: a.gold,
      predicted: a.predicted,
      matched: a.matched,
      precision: round3(a.precision),
      recall: round3(a.recall),
      f1: round3(a.f1),
      sourceRight: a.sourceRight,
      sourceAccuracy: rounded(a.sourceAccuracy),
      sourceSpanExact: a.sourceSpanExact,
      sourceSpanPairs: a.sourceSpanPairs,
      sourceSpanAccuracy: rounded(a.sourceSpanAccuracy),
      cueExact: a.cueExact,
      cuePairs: a.cuePairs,
      cueSpanAccuracy: rounded(a.cueSpanAccuracy),
      endToEnd: prfJson(a.endToEnd),
    },
    ...(metrics.gender ? { gender: genderJson(metrics.gender) } : {}),
    errorCounts: countByCause(errors),
    ...(listed ? { errors: listed } : {}),
  };
  return `${JSON.stringify(object, null, 2)}\n`;
}

/** The metrics table for a terminal. */
export function formatEvalTable(
  metrics: EvalMetrics,
  errors: readonly ErrorItem[],
  chalk: ChalkInstance,
  { minQuoteWords = MIN_QUOTE_WORDS, ignoreClaims = [] }: ScoringChoices = {},
): string {
  const { quotes: q, attributions: a } = metrics;
  const table = new Table({
    head: ['', 'gold', 'pred', 'matched', 'P', 'R', 'F1', 'e2e P', 'e2e R', 'e2e F1'].map((h) => chalk.bold(h)),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    // cli-table3 colours headers and borders even when piped: colour comes only from our chalk.
    style: { head: [], border: [] },
  });
  const row = (name: string, m: typeof q | typeof a) => [
    name,
    ...countCells(m, chalk),
    fixed(m.endToEnd.precision),
    fixed(m.endToEnd.recall),
    chalk.bold(fixed(m.endToEnd.f1)),
  ];
  table.push(row('quotes', q), row('attributions', a));
  const counts = countByCause(errors);
  const lines = [
    `${chalk.bold('whosaid eval')}: ${plural(metrics.documents, 'document')}`,
    table.toString(),
    `quote speaker accuracy       ${fixed(q.speakerAccuracy)}  (${q.speakerRight}/${q.matched} matched)`,
    `attribution source accuracy  ${fixed(a.sourceAccuracy)}  (${a.sourceRight}/${a.matched} matched)`,
    `exact source span            ${fixed(a.sourceSpanAccuracy)}  (${a.sourceSpanExact}/${a.sourceSpanPairs} matched with a gold source)`,
    `exact cue span               ${fixed(a.cueSpanAccuracy)}  (${a.cueExact}/${a.cuePairs} matched with a gold cue)`,
    `errors: ${CAUSES.map((c) => `${c} ${counts[c]}`).join(', ')}`,
    chalk.dim(`matching: ${MATCHING_RULE}; e2e = matched and speaker/source right`),
    // Named only when it is not PolNeAR's 3, so the default output stays as it was.
    ...(minQuoteWords === MIN_QUOTE_WORDS
      ? []
      : [chalk.dim(`quotes: predicted quotes of ${minQuoteWords}+ word${minQuoteWords === 1 ? '' : 's'} are scored`)]),
    ...(ignoreClaims.length === 0
      ? []
      : [chalk.dim(`attributions: predicted reported claims left out: ${ignoreClaims.join(', ')}`)]),
    ...(metrics.gender ? genderTable(metrics.gender, chalk) : []),
  ];
  return `${lines.join('\n')}\n`;
}

function quoted(text: string | null): string {
  return text === null ? '(none)' : `"${terminalSafe(shortenMiddle(text.replace(/\s+/g, ' '), TEXT_CHARS))}"`;
}

/** The gold source or speaker: its mention, and the annotators' name where the scorer judged by it. */
function goldWho(g: GoldSide): string {
  return g.sourceName === undefined ? quoted(g.source) : `${quoted(g.source)} named "${terminalSafe(g.sourceName)}"`;
}

function predicted(error: ErrorItem): string {
  const p = error.pred;
  if (!p) return '';
  const at = p.mention !== null && p.mention !== p.source ? ` at ${quoted(p.mention)}` : '';
  return `${p.source === null ? 'no source' : terminalSafe(p.source)}${at}, cue ${quoted(p.cue)}, by ${p.by ?? '—'}`;
}

/** The lines describing one error, by cause: what the gold says, what was predicted. */
function describe(error: ErrorItem, chalk: ChalkInstance): string[] {
  const g = error.gold;
  const p = error.pred;
  const head = chalk.cyan(`[${terminalSafe(error.document)}]`);
  const lines: string[] = [];
  switch (error.cause) {
    case 'missed quote':
      lines.push(`${head} gold ${quoted(g!.text)}, speaker ${goldWho(g!)}`);
      break;
    case 'wrong speaker':
      lines.push(`${head} ${quoted(g!.text)}`, `  gold speaker ${goldWho(g!)} | predicted ${predicted(error)}`);
      break;
    case 'spurious quote':
      lines.push(`${head} ${p!.kind} ${quoted(p!.text)}`, `  predicted ${predicted(error)}`);
      break;
    case 'missed attribution':
      lines.push(`${head} gold cue ${quoted(g!.cue)}, source ${goldWho(g!)}: ${quoted(g!.text)}`);
      break;
    case 'wrong source':
      lines.push(
        `${head} ${quoted(g!.text)}`,
        `  gold source ${goldWho(g!)}, cue ${quoted(g!.cue)} | predicted ${predicted(error)}`,
      );
      break;
    case 'spurious claim':
      lines.push(`${head} ${p!.kind} ${quoted(p!.text)}`, `  predicted ${predicted(error)}`);
      break;
    case 'wrong cue span':
      lines.push(
        `${head} gold cue ${quoted(g!.cue)} | predicted cue ${quoted(p!.cue)}, by ${p!.by ?? '—'}; source ${goldWho(g!)}`,
      );
      break;
  }
  lines.push(chalk.dim(`  context: ${terminalSafe(error.context)}`));
  if (error.note) lines.push(chalk.dim(`  ${error.note}`));
  return lines;
}

/** The error listing: per cause, its count, the sieves involved, then the first `perCause` errors. */
export function formatErrors(
  errors: readonly ErrorItem[],
  perCause: number,
  chalk: ChalkInstance,
  causes: readonly Cause[] = CAUSES,
): string {
  const out: string[] = [];
  const counts = countByCause(errors);
  for (const [cause, shown] of firstByCause(errors, perCause, causes)) {
    const ofCause = errors.filter((e) => e.cause === cause);
    out.push(
      '',
      chalk.bold.underline(`${cause}: ${counts[cause]}`) +
        (shown.length < counts[cause] ? chalk.dim(` (first ${shown.length} shown)`) : ''),
    );
    for (const [label, tallies] of breakdowns(cause, ofCause)) {
      if (tallies.length === 0) continue;
      const rest = tallies.slice(BREAKDOWN_ENTRIES).reduce((sum, [, n]) => sum + n, 0);
      const listed = tallies.slice(0, BREAKDOWN_ENTRIES).map(([key, n]) => `${terminalSafe(key)} ${n}`);
      out.push(chalk.dim(`${label}: ${listed.join(', ')}${rest > 0 ? `, … ${rest} more` : ''}`));
    }
    for (const error of shown) out.push(...describe(error, chalk));
  }
  return `${out.join('\n')}\n`;
}
