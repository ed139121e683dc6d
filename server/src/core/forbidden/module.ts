// Where `vscode*` imports of the core land (tsconfig.json `paths`): `server/src/core/` is
// pure (no editor, LSP or Node API; ARCHITECTURE.md, Invariants), so a core file that
// imports one of them, even for its side effects, pulls this file in and fails to compile.
// It is excluded from the core's files, so nothing else ever compiles it.
export const forbidden: 'server/src/core may not import vscode or vscode-*' = 'imported anyway';
