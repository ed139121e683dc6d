/**
 * The `rncp` executable: runs the CLI on the process. Whatever happens, the
 * user sees French and English lines of ours, never a stack trace nor a raw
 * Node or library message (`(node:PID) Warning: …`): those go to stderr only
 * with RNCP_DEBUG=1, for whoever reports a bug.
 */
import { runCli } from './main';

const debug = !!process.env.RNCP_DEBUG;

// Node prints process warnings (a library's `emitWarning`, deprecations) itself; they say
// nothing an author can act on. Dropped, or shown in debug mode.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (debug) process.stderr.write(`rncp (debug) : ${w.name}: ${w.message}\n`);
});

/** One line for an error that escaped the CLI (its detail only in debug mode). */
function internalError(e: unknown): void {
  process.stderr.write('rncp\u00a0: erreur interne, merci de la signaler (RNCP_DEBUG=1 pour le détail) / internal error, please report it (RNCP_DEBUG=1 for details)\n');
  if (debug) process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
}

process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

try {
  const status = runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
  // `export` answers with a promise (rendering and printing are asynchronous).
  if (typeof status === 'number') process.exitCode = status;
  else status.then((s) => { process.exitCode = s; }, internalError);
} catch (e) {
  internalError(e);
}
