/**
 * The text formats of `whosaid report`: rows first (one per group, the corpus first), then serialised as a
 * terminal table, CSV, Markdown or JSON. Pure functions of the summary; colour comes in through chalk.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { CorpusSummary, GroupSummary, SourceTally } from './aggregate.js';
import { neutraliseFormula } from '../csv.js';
import { markdownCell } from '../markdown.js';
import { plural } from '../rows.js';
import { terminalSafe } from '../terminal-text.js';

/** A share as a percentage with one decimal, or "—" when there is nothing to divide by. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** The summaries in print order: the whole corpus, then each group. */
export function summaries(summary: CorpusSummary): GroupSummary[] {
  return [summary.overall, ...summary.groups];
}

/** One column of the two summary tables: header and cell. */
interface Column {
  head: string;
  cell: (g: GroupSummary) => string | number;
  /** A ratio (csv keeps it as a number with 4 decimals). */
  share?: (g: GroupSummary) => number | null;
}

/** "Claims and sources": what the documents hold. */
export const CLAIM_COLUMNS: Column[] = [
  { head: 'documents', cell: (g) => g.documents },
  { head: 'quotes', cell: (g) => g.claims.quote },
  { head: 'partial quotes', cell: (g) => g.claims['partial-quote'] },
  { head: 'reported', cell: (g) => g.claims.reported },
  { head: 'unattributed', cell: (g) => g.claims.unattributed },
  { head: 'persons', cell: (g) => g.sources.person },
  { head: 'organizations', cell: (g) => g.sources.organization },
  { head: 'media', cell: (g) => g.sources.media },
  { head: 'groups', cell: (g) => g.sources.group },
  { head: 'anonymous', cell: (g) => g.sources.anonymous },
  { head: 'unknown', cell: (g) => g.sources.unknown },
];

/** "Who is quoted": people by gender, anonymous and missing sources, unattributed numbers. */
export const VOICE_COLUMNS: Column[] = [
  { head: 'women', cell: (g) => g.people.female },
  { head: 'men', cell: (g) => g.people.male },
  { head: 'gender not known', cell: (g) => g.people.unknown },
  { head: 'share of women', cell: (g) => percent(g.shareWomen), share: (g) => g.shareWomen },
  { head: 'on anonymous sources', cell: (g) => percent(g.shareAnonymous), share: (g) => g.shareAnonymous },
  { head: 'with no source', cell: (g) => percent(g.shareNoSource), share: (g) => g.shareNoSource },
  { head: 'unattributed numbers', cell: (g) => g.unattributedNumbers },
];

/** "Name (claims)" for a list of tallies, with the gender of people as the article gave it most often. */
export function describeTallies(tallies: readonly SourceTally[]): string {
  return tallies.map((t) => `${t.name} (${t.claims}${t.gender ? `, ${usualGender(t)}` : ''})`).join('; ');
}

/** The gender a person was given in most documents: "woman", "man" or "not known" (ties: not known). */
export function usualGender(tally: SourceTally): string {
  const g = tally.gender;
  if (!g) return 'not known';
  if (g.female > g.male && g.female > g.unknown) return 'woman';
  if (g.male > g.female && g.male > g.unknown) return 'man';
  return 'not known';
}

const groupLabel = (summary: CorpusSummary, g: GroupSummary): string =>
  g === summary.overall ? 'all documents' : `${summary.groupBy}: ${g.group}`;

/** The terminal table: the two summary tables, then the most quoted people and organizations. */
export function formatCorpusTable(summary: CorpusSummary, chalk: ChalkInstance): string {
  const rows = summaries(summary);
  const table = (columns: Column[]) => {
    const t = new Table({
      head: ['', ...columns.map((c) => c.head)].map((h) => chalk.bold(h)),
      colAligns: ['left', ...columns.map(() => 'right' as const)],
      style: { head: [], border: [] },
    });
    for (const g of rows) t.push([terminalSafe(groupLabel(summary, g)), ...columns.map((c) => String(c.cell(g)))]);
    return t.toString();
  };
  const lines = [
    `${chalk.bold('whosaid report')}: ${plural(summary.overall.documents, 'document')}${summary.groupBy ? `, by ${terminalSafe(summary.groupBy)}` : ''}`,
    chalk.bold('claims and sources'),
    table(CLAIM_COLUMNS),
    chalk.bold('who is quoted'),
    table(VOICE_COLUMNS),
  ];
  for (const g of rows) {
    lines.push(chalk.bold(`most quoted, ${terminalSafe(groupLabel(summary, g))}`));
    lines.push(`  people: ${terminalSafe(describeTallies(g.topPeople)) || '—'}`);
    lines.push(`  organizations: ${terminalSafe(describeTallies(g.topOrganizations)) || '—'}`);
  }
  lines.push(
    chalk.dim(
      'people: person sources with an attributed claim, once per document; gender as the articles refer to them. ' +
        'shares of claims: among quotes, partial quotes and reported claims',
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** The CSV header names. */
export const CSV_HEADER = [
  'group',
  'documents',
  'claims_quote',
  'claims_partial_quote',
  'claims_reported',
  'claims_unattributed',
  'sources_person',
  'sources_organization',
  'sources_media',
  'sources_group',
  'sources_anonymous',
  'sources_unknown',
  'people_female',
  'people_male',
  'people_unknown',
  'share_women',
  'attributed_claims',
  'anonymous_claims',
  'share_anonymous',
  'no_source_claims',
  'share_no_source',
  'unattributed_numbers',
  'top_people',
  'top_organizations',
];

const share4 = (value: number | null): number | string => (value === null ? '' : Math.round(value * 10000) / 10000);

/** CSV: one row per group, the corpus first (group "all"); shares as fractions, empty when undefined. */
export function formatCorpusCsv(summary: CorpusSummary): string {
  const records: (string | number)[][] = [CSV_HEADER];
  for (const g of summaries(summary))
    records.push([
      neutraliseFormula(g === summary.overall ? 'all' : g.group),
      g.documents,
      g.claims.quote,
      g.claims['partial-quote'],
      g.claims.reported,
      g.claims.unattributed,
      g.sources.person,
      g.sources.organization,
      g.sources.media,
      g.sources.group,
      g.sources.anonymous,
      g.sources.unknown,
      g.people.female,
      g.people.male,
      g.people.unknown,
      share4(g.shareWomen),
      g.attributedClaims,
      g.anonymousClaims,
      share4(g.shareAnonymous),
      g.noSourceClaims,
      share4(g.shareNoSource),
      g.unattributedNumbers,
      neutraliseFormula(describeTallies(g.topPeople)),
      neutraliseFormula(describeTallies(g.topOrganizations)),
    ]);
  return stringify(records);
}

/** Markdown for a step summary or a wiki: the two tables and the most quoted per group. */
export function formatCorpusMarkdown(summary: CorpusSummary): string {
  const rows = summaries(summary);
  const table = (columns: Column[]) => [
    `| | ${columns.map((c) => c.head).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...rows.map(
      (g) => `| ${markdownCell(groupLabel(summary, g))} | ${columns.map((c) => String(c.cell(g))).join(' | ')} |`,
    ),
  ];
  const lines = [
    `## whosaid report: ${plural(summary.overall.documents, 'document')}${summary.groupBy ? `, by ${markdownCell(summary.groupBy)}` : ''}`,
    '',
    '### Claims and sources',
    '',
    ...table(CLAIM_COLUMNS),
    '',
    '### Who is quoted',
    '',
    ...table(VOICE_COLUMNS),
    '',
    '### Most quoted',
    '',
    '| | people | organizations |',
    '|---|---|---|',
    ...rows.map(
      (g) =>
        `| ${markdownCell(groupLabel(summary, g))} | ${markdownCell(describeTallies(g.topPeople)) || '—'} | ${markdownCell(describeTallies(g.topOrganizations)) || '—'} |`,
    ),
    '',
    '_People: person sources with an attributed claim, once per document; gender as the articles refer to them (pronouns, honorifics, role nouns), not who they are. Shares of claims: among quotes, partial quotes and reported claims._',
    '',
  ];
  return lines.join('\n');
}

/** JSON: `{version: 1, groupBy, overall, groups}`, each group a GroupSummary. */
export function formatCorpusJson(summary: CorpusSummary): string {
  return `${JSON.stringify({ version: 1, ...summary }, null, 2)}\n`;
}
