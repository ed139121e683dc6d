/** The `rncp` executable: runs the CLI on the process and never prints a stack trace. */
import { runCli } from './main';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
  });
} catch (e) {
  process.stderr.write(`rncp : erreur interne / internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
