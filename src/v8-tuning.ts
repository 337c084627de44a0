/**
 * V8 tuning the CLI applies before it extracts anything.
 *
 * TurboFan inlines up to 920 bytes of bytecode per optimized function by default. compromise and the
 * extractor have many mid-sized functions, and each isolate spends about 2 s of background CPU per
 * 3 MB of first text optimizing them (measured per thread through /proc, docs/performance.md). A single
 * process gets that compile time free on the idle second core; `--jobs` workers each pay it again, which
 * is much of why `--jobs 2` falls short of 2×. With a cumulative inlining budget of 230 bytes the CLI used
 * 11% less CPU with `--jobs 2` and 3–9% less in one process, same output (measured on a busy machine).
 */
import v8 from 'node:v8';

/** The V8 flags set, as `name=value`. */
export const V8_TUNING: readonly string[] = ['--max-inlined-bytecode-size-cumulative=230'];

/** The flag's name without a value or leading dashes, in V8's own dash/underscore-insensitive form. */
function flagName(flag: string): string {
  return flag.replace(/^--?/, '').split('=')[0].replace(/_/g, '-');
}

/**
 * The tuning flags that the user has not set: a flag named in `execArgv` or `NODE_OPTIONS`
 * (`node --max-inlined-bytecode-size-cumulative=920 bin/whosaid.js …`) is left as the user set it.
 */
export function tuningToApply(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].filter((a) => a.startsWith('-')).map(flagName));
  return V8_TUNING.filter((flag) => !given.has(flagName(flag)));
}

/**
 * Set the tuning flags for this process; call it before the first extraction (worker threads started
 * later share the process's V8 flags). Returns the flags set.
 */
export function tuneV8(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): string[] {
  const flags = tuningToApply(execArgv, nodeOptions);
  for (const flag of flags) v8.setFlagsFromString(flag);
  return flags;
}
