/**
 * A progress bar on stderr for batches: files done, claims found, files per second. Shown only when
 * stderr is a terminal, not in CI and not with --quiet; cli-progress is imported only then.
 */
import type { Io } from './io.js';

export interface Progress {
  /** One more file done, with the number of claims it gave. */
  tick(claims: number): void;
  /** Remove the bar (before results are printed). */
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/** Whether a bar may be drawn at all. */
export function showProgress(io: Io, quiet: boolean, total: number): boolean {
  return io.stderrIsTTY && !quiet && !io.env.CI && total > 1;
}

/** A stream-like view of io.err, enough for cli-progress's terminal (write, cursor moves, width). */
function stderrStream(io: Io): NodeJS.WriteStream {
  const stream = {
    isTTY: true,
    columns: io.columns ?? 80,
    write(chunk: string) {
      io.err(chunk);
      return true;
    },
    cursorTo(x: number, y?: number | (() => void)) {
      io.err(typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`);
      return true;
    },
    moveCursor(dx: number, dy: number) {
      if (dx) io.err(dx > 0 ? `\x1b[${dx}C` : `\x1b[${-dx}D`);
      if (dy) io.err(dy > 0 ? `\x1b[${dy}B` : `\x1b[${-dy}A`);
      return true;
    },
    clearLine() {
      io.err('\x1b[2K');
      return true;
    },
    clearScreenDown() {
      io.err('\x1b[0J');
      return true;
    },
    on() {
      return stream;
    },
    removeListener() {
      return stream;
    },
  };
  return stream as unknown as NodeJS.WriteStream;
}

/** Start a bar for `total` files, or a silent one when it must not be shown. */
export async function startProgress(io: Io, quiet: boolean, total: number): Promise<Progress> {
  if (!showProgress(io, quiet, total)) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: stderrStream(io),
      format: 'whosaid {bar} {value}/{total} files | {claims} claims | {rate} files/s',
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let claims = 0;
  bar.start(total, 0, { claims: 0, rate: '0.0' });
  // Ctrl-C must not leave a half-drawn bar and a hidden cursor behind; 130 = killed by SIGINT.
  const stop = () => {
    bar.stop();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  return {
    tick(found) {
      claims += found;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.increment(1, { claims, rate: ((bar.getProgress() * total) / seconds).toFixed(1) });
    },
    stop() {
      process.removeListener('SIGINT', stop);
      bar.stop();
    },
  };
}
