import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { guard, guardNotification, type Logger } from '../../server/src/guard';

/** A logger that keeps its lines. */
function logger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const add = (m: string) => lines.push(m);
  return { lines, error: add, warn: add, info: add, log: add };
}

describe('server: guarded handlers', () => {
  it('answers the handler\'s result', async () => {
    const h = guard(logger(), 'x', [], (n: number) => [n]);
    assert.deepEqual(await h(1, new CancellationTokenSource().token), [1]);
  });
  it('logs a failure and answers empty', async () => {
    const log = logger();
    const h = guard(log, 'hover', null, async () => {
      throw new TypeError('boom');
    });
    assert.equal(await h({}, new CancellationTokenSource().token), null);
    assert.match(log.lines[0], /^rncp: hover failed: TypeError: boom/);
  });
  it('answers RequestCancelled when the request is cancelled, before or during the work', async () => {
    const before = new CancellationTokenSource();
    before.cancel();
    let ran = false;
    const r1 = await guard(logger(), 'x', [], () => { ran = true; return [1]; })({}, before.token);
    assert.ok(r1 instanceof ResponseError && r1.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
    const during = new CancellationTokenSource();
    const r2 = await guard(logger(), 'x', [], () => { during.cancel(); return [1]; })({}, during.token);
    assert.ok(r2 instanceof ResponseError && r2.code === LSPErrorCodes.RequestCancelled);
  });
  it('a failing notification handler is logged, never thrown', async () => {
    const log = logger();
    await guardNotification(log, 'didChange', () => {
      throw new Error('bad');
    })({});
    assert.match(log.lines[0], /didChange failed: Error: bad/);
  });
});
