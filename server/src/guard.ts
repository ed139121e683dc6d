/**
 * Every request and notification handler goes through `guard`: a failure is
 * logged and answered empty, so one bad request never takes the server down,
 * and a cancelled request is answered as cancelled.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Where the server writes its log lines (the connection's console). */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

/** A request handler: params first, the cancellation token last. */
export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/** Wraps a request handler: errors are logged and answered with `empty`; cancellation answers RequestCancelled. */
export function guard<P, R>(log: Logger, name: string, empty: R, handler: Handler<P, R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    try {
      if (token?.isCancellationRequested) return cancelled();
      const result = await handler(params, token);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (e) {
      log.error(`rncp: ${name} failed: ${describe(e)}`);
      return empty;
    }
  };
}

/** Wraps a notification handler: errors are logged, never thrown at the connection. */
export function guardNotification<P>(log: Logger, name: string, handler: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
  return async (params) => {
    try {
      await handler(params);
    } catch (e) {
      log.error(`rncp: ${name} failed: ${describe(e)}`);
    }
  };
}

/** Runs background work (indexing, publishing) and logs its failure instead of losing it. */
export function background(log: Logger, name: string, work: () => Promise<unknown>): void {
  work().catch((e) => log.error(`rncp: ${name} failed: ${describe(e)}`));
}

/** An error's stack (or text) for the log. */
export function describe(e: unknown): string {
  return e instanceof Error ? e.stack ?? e.message : String(e);
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
