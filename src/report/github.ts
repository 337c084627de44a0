/**
 * GitHub Actions: workflow-command annotations (`::error` for findings of rules that fail the run,
 * `::warning` for rules marked as warnings, most severe first) and the markdown step summary. Data escapes
 * %, CR and LF; properties also escape ":" and "," (which would otherwise end the property).
 * GitHub shows only ANNOTATIONS_SHOWN annotations of each type per step: the CLI caps them when it can
 * write a step summary, and the summary lists the rest.
 */
import { documentKey, findingsByDocument, type Finding } from '../policy/findings.js';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { markdownCell } from './markdown.js';
import { documentHeading, plural } from './rows.js';

/** Annotations of one type GitHub shows per step (the rest are dropped from the view). */
export const ANNOTATIONS_SHOWN = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One workflow-command annotation. */
export interface Annotation {
  level: AnnotationLevel;
  file?: string;
  line?: number;
  column?: number;
  title: string;
  message: string;
}

/** Escape the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (file, title) of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::level file=…,line=…,col=…,title=…::message` */
export function workflowCommand(annotation: Annotation): string {
  const properties = [
    annotation.file === undefined ? '' : `file=${escapeProperty(annotation.file)}`,
    annotation.line === undefined ? '' : `line=${annotation.line}`,
    annotation.column === undefined ? '' : `col=${annotation.column}`,
    `title=${escapeProperty(annotation.title)}`,
  ].filter((p) => p !== '');
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}\n`;
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/** Most severe first, then by file and line (stable otherwise). */
export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  const file = (a: Annotation) => a.file ?? '';
  return [...annotations].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The annotation of a policy finding. */
export function findingAnnotation(finding: Finding): Annotation {
  return {
    level: finding.severity === 'warning' ? 'warning' : 'error',
    file: finding.path,
    line: finding.line,
    column: finding.column,
    title: `whosaid ${finding.rule}`,
    message: `${finding.message} (${finding.claim})`,
  };
}

/** Findings in annotation order: errors first, then by file and position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.start - b.start,
  );
}

/** Split sorted items into those GitHub will show (at most `cap` of each level) and the rest. */
export function capByLevel<T>(items: readonly T[], levelOf: (item: T) => AnnotationLevel, cap: number) {
  const seen: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const level = levelOf(item);
    seen[level]++;
    (seen[level] <= cap ? shown : rest).push(item);
  }
  return { shown, rest };
}

/** "3 errors and 1 warning" for what was not annotated. */
export function describeRest(levels: readonly AnnotationLevel[]): string {
  const count = (level: AnnotationLevel) => levels.filter((l) => l === level).length;
  const part = (n: number, word: string) => (n === 0 ? '' : plural(n, word));
  return [part(count('error'), 'error'), part(count('warning'), 'warning'), part(count('notice'), 'notice')]
    .filter((p) => p !== '')
    .join(' and ');
}

/** The notice that ends capped annotations. */
export function cappedNotice(restLevels: readonly AnnotationLevel[]): string {
  return workflowCommand({
    level: 'notice',
    title: 'whosaid',
    message: `${describeRest(restLevels)} not annotated (GitHub shows ${ANNOTATIONS_SHOWN} annotations of each type per step): see the step summary`,
  });
}

/**
 * Annotations for the findings (none without --fail-on/--warn-on), errors first, sorted by file and line.
 * With `context.annotationCap`, at most that many of each level, then one notice naming what was left out.
 */
export function formatGithub(
  _documents: DocumentResult[],
  context: Pick<ReportContext, 'findings' | 'annotationCap'>,
): string {
  const sorted = sortFindings(context.findings ?? []);
  const level = (f: Finding): AnnotationLevel => (f.severity === 'warning' ? 'warning' : 'error');
  const { shown, rest } =
    context.annotationCap === undefined
      ? { shown: sorted, rest: [] }
      : capByLevel(sorted, level, context.annotationCap);
  const lines = shown.map((f) => workflowCommand(findingAnnotation(f)));
  if (rest.length > 0) lines.push(cappedNotice(rest.map(level)));
  return lines.join('');
}

/**
 * The step summary of a run: claims and findings per file, then the findings GitHub does not show as
 * annotations (those past the cap). Markdown, appended to $GITHUB_STEP_SUMMARY.
 */
export function formatStepSummary(
  documents: readonly DocumentResult[],
  findings: readonly Finding[] | undefined,
): string {
  const lines = ['## whosaid', ''];
  const policies = findings !== undefined;
  lines.push(
    `| file | claims | quotes | reported | unattributed |${policies ? ' errors | warnings |' : ''}`,
    `| --- | --: | --: | --: | --: |${policies ? ' --: | --: |' : ''}`,
  );
  const byDocument = findingsByDocument(findings ?? []);
  for (const document of documents) {
    const kinds = (...names: string[]) => document.claims.filter((c) => names.includes(c.kind)).length;
    const mine = byDocument.get(documentKey(document.path, document.id)) ?? [];
    const errors = mine.filter((f) => f.severity === 'error').length;
    const cells = [
      // A record of an NDJSON input shares its file's path: its id tells the rows apart.
      markdownCell(documentHeading(document)),
      document.claims.length,
      kinds('quote', 'partial-quote'),
      kinds('reported'),
      kinds('unattributed'),
      ...(policies ? [errors, mine.length - errors] : []),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (findings !== undefined) {
    const sorted = sortFindings(findings);
    const level = (f: Finding): AnnotationLevel => (f.severity === 'warning' ? 'warning' : 'error');
    const { rest } = capByLevel(sorted, level, ANNOTATIONS_SHOWN);
    lines.push('');
    if (rest.length === 0) {
      lines.push(sorted.length === 0 ? 'No findings.' : 'Every finding is annotated on its file.');
    } else {
      lines.push(
        `GitHub shows ${ANNOTATIONS_SHOWN} annotations of each type per step; these ${describeRest(rest.map(level))} are listed here only:`,
        '',
        '| where | severity | rule | message |',
        '| --- | --- | --- | --- |',
        ...rest.map(
          (f) =>
            `| ${markdownCell(f.path)}:${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${markdownCell(`${f.message} (${f.claim})`)} |`,
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
