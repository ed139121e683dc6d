/** The tool's version, shared by the CLI (`--version`, SARIF) and the server (`serverInfo`). */
declare const RNCP_VERSION: string | undefined;

/** The version of package.json, set at bundle time; `0.0.0-dev` when run from the sources. */
export const VERSION = typeof RNCP_VERSION === 'string' ? RNCP_VERSION : '0.0.0-dev';
