import * as assert from 'node:assert/strict';
import { formatMinutes, formatPoints, parseBareme, parseDuree, scanMarks } from '../../server/src/core/parse/marks';

/** `check(prose, expected)`: the marks found, as `kind value «text»`. */
function check(src: string, expected: string[]): void {
  assert.deepEqual(scanMarks(src).map((m) => `${m.kind} ${m.value} «${src.slice(m.span.start, m.span.end)}»`), expected, src);
}

describe('points and duration marks (FORMAT.md §8)', () => {
  it('reads points marks: units, decimals, spaces, case', () => {
    check('Q (4 points) et (1 point), (2 pts) (1 pt)', ['points 4 «(4 points)»', 'points 1 «(1 point)»', 'points 2 «(2 pts)»', 'points 1 «(1 pt)»']);
    check('(1,5 point) (0.5 pt) ( 3  POINTS ) (2\u00a0points) (2\u202fpts)', ['points 1.5 «(1,5 point)»', 'points 0.5 «(0.5 pt)»', 'points 3 «( 3  POINTS )»', 'points 2 «(2\u00a0points)»', 'points 2 «(2\u202fpts)»']);
  });
  it('reads duration marks', () => {
    check('(45 min) (1 h) (1 h 30) (1h30) (2 heures) (90 minutes) (1 h 30 min)', [
      'duree 45 «(45 min)»', 'duree 60 «(1 h)»', 'duree 90 «(1 h 30)»', 'duree 90 «(1h30)»', 'duree 120 «(2 heures)»', 'duree 90 «(90 minutes)»', 'duree 90 «(1 h 30 min)»',
    ]);
  });
  it('leaves alone what is not a mark', () => {
    check('(0 point) (4 points (2 points) x', ['points 2 «(2 points)»']);
    check('(4 pointes) (4) (points) (4 points chacune) (1 h 75) (4\npoints) (-2 points) (environ 4 points)', []);
  });
  it('reads bareme and duree values', () => {
    assert.deepEqual(['20', '20.5', '20,5', '20 points', '20 pts', ' 20 '].map(parseBareme), [20, 20.5, 20.5, 20, 20, 20]);
    assert.deepEqual(['vingt', '0', '-3', '20 sur 20', ''].map(parseBareme), [undefined, undefined, undefined, undefined, undefined]);
    assert.deepEqual(['4 heures', '4 h', '4h', '3h30', '3 h 30', '1 h 30 min', '90 min', '90 minutes', '4 Heures', '1 heure'].map(parseDuree), [240, 240, 240, 210, 210, 90, 90, 90, 240, 60]);
    assert.deepEqual(['4 heures de préparation', '4', '3h75', '0 min', 'quatre heures'].map(parseDuree), [undefined, undefined, undefined, undefined, undefined]);
  });
  it('prints points and minutes the French way', () => {
    assert.deepEqual([formatPoints(1.5), formatPoints(2), formatPoints(1 / 3), formatPoints(1.5, 'en')], ['1,5', '2', '0,33', '1.5']);
    assert.deepEqual([formatMinutes(45), formatMinutes(60), formatMinutes(210), formatMinutes(65)], ['45 min', '1 h', '3 h 30', '1 h 05']);
  });
});
