/**
 * Whether to colour human output. chalk 5 ignores NO_COLOR, so the CLI decides, with the precedence
 * users know from other tools: --color/--no-color, then NO_COLOR (non-empty), then FORCE_COLOR,
 * then a TTY whose TERM is not "dumb".
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function decideColor(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}
