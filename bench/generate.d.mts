/** Types of bench/generate.mjs (for the tests that use its drafts). */
export function rng(seed: number): () => number;
export function generateDraft(targetLines: number, seed: number, modalite?: 'M1' | 'M2' | 'M3' | 'M4' | string): string;
export function workspaceFiles(count: number, lines: number): Generator<[string, string]>;
export function generateRealisticDraft(targetLines: number, seed: number, modalite?: 'M1' | 'M2' | 'M3' | 'M4' | string): string;
export function realisticWorkspaceFiles(count: number, lines: number): Generator<[string, string]>;
