/**
 * The incremental parser is proved against one remark: the Markdown parser and
 * the micromark pieces whose behaviour it mirrors are pinned to exact versions,
 * installed as pinned, and present once in the lock file (no second copy
 * that a bundle could pick up instead).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { directive } from 'micromark-extension-directive';
import { containerDirectiveSyntax } from '../../server/src/core/parse/containerDirective';
import { ROOT } from '../helpers/core';

const PINNED = [
  'remark-parse', 'remark-gfm', 'remark-frontmatter', 'unified', 'micromark', 'mdast-util-from-markdown', 'mdast-util-gfm',
  'micromark-extension-gfm', 'micromark-extension-gfm-footnote', 'micromark-extension-gfm-table', 'micromark-util-normalize-identifier',
  'micromark-extension-directive', 'mdast-util-directive',
];

describe('Markdown parser versions', () => {
  it('are exact in package.json, installed as such, and single in the lock file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    for (const name of PINNED) {
      const want = pkg.dependencies[name];
      assert.match(want ?? '', /^\d+\.\d+\.\d+$/, `${name} is pinned exactly (${want})`);
      const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
      assert.equal(installed, want, `${name} installed`);
      const copies = Object.entries(lock.packages as Record<string, { version: string }>).filter(([k]) => k === `node_modules/${name}` || k.endsWith(`/node_modules/${name}`));
      assert.deepEqual(copies.map(([, v]) => v.version), [want], `${name} in package-lock.json`);
    }
  });
});

describe('container directives (FORMAT.md §9)', () => {
  it('take the container construct of micromark-extension-directive and nothing else', () => {
    const flow = (directive().flow as Record<number, { concrete?: boolean }[]>)[58];
    const ours = (containerDirectiveSyntax().flow as Record<number, { concrete?: boolean }[]>)[58];
    // The container is the concrete construct (like a fence); the leaf is not.
    assert.deepEqual(ours, [flow.find((c) => c.concrete)]);
    assert.equal(containerDirectiveSyntax().text, undefined);
  });
});
