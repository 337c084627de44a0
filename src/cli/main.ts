/**
 * The process-facing entry: builds the Node Io and runs the program. Only bin/whosaid.js calls it.
 * It also owns the process-level endings: a closed pipe ends quietly with 0, Ctrl-C ends with 130.
 */
import { run } from './run.js';
import type { Io } from './io.js';

/** Exit status after SIGINT, as shells report it (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** Whether a write error means the reader went away (`whosaid … | head`). */
function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** Process state shared by the writers and the signal handler. */
interface ProcessState {
  /** Set on SIGINT: nothing more is written, the process ends once stdout has drained. */
  interrupted: boolean;
}

/** Exit once everything already handed to stdout has reached it, so a partial NDJSON stream ends on a whole line. */
function exitAfterFlush(code: number): void {
  if (process.stdout.writableLength === 0 || process.stdout.destroyed) process.exit(code);
  process.stdout.once('drain', () => process.exit(code));
  // A reader that stopped reading must not keep us alive: give up on the flush after a moment.
  setTimeout(() => process.exit(code), 1000).unref();
}

function nodeIo(state: ProcessState): Io {
  const write = (stream: NodeJS.WriteStream) => (chunk: string) => {
    // Each call writes whole lines (one NDJSON document, one table): after an interrupt none starts.
    if (!stream.destroyed && !state.interrupted) stream.write(chunk);
  };
  return {
    out: write(process.stdout),
    err: write(process.stderr),
    // A terminal is read like a pipe, until Ctrl-D (as cat and jq do); the CLI prints the hint.
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinStream: () => process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    // A pipe that is slower than extraction must not make the written documents pile up in memory.
    drained: () =>
      process.stdout.writableNeedDrain && !process.stdout.destroyed
        ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
        : Promise.resolve(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Route stream errors and SIGINT to quiet, well-defined exits instead of stack traces. */
function installProcessHandlers(state: ProcessState): void {
  // A reader that closes the pipe early is not an error: stop quietly with status 0, as ripgrep does.
  process.stdout.on('error', (error) => {
    if (isClosedPipe(error)) process.exit(0);
    process.stderr.write(`whosaid: cannot write output: ${error.message}\n`);
    process.exit(2);
  });
  // stderr gone too (`2>&-` or a closed pipe): nothing useful can be said, and saying it must not crash.
  process.stderr.on('error', () => undefined);
  // Ctrl-C: documents already written stay whole; nothing new starts. The handler runs between documents
  // (extraction of one document is synchronous), and a second Ctrl-C ends at once.
  process.on('SIGINT', () => {
    if (state.interrupted) process.exit(EXIT_INTERRUPTED);
    state.interrupted = true;
    exitAfterFlush(EXIT_INTERRUPTED);
  });
}

/** Run the CLI with the process's streams; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const state: ProcessState = { interrupted: false };
  installProcessHandlers(state);
  try {
    return await run(argv, nodeIo(state));
  } catch (error) {
    process.stderr.write(`whosaid: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}
