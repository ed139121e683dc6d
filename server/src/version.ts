/** The version of the tool, set by esbuild at build time (`0.0.0-dev` when run from the sources). */
declare const RNCP_VERSION: string | undefined;

/** The package's version, shown by `rncp --version` and in the server's `initialize` answer. */
export const VERSION = typeof RNCP_VERSION === 'string' ? RNCP_VERSION : '0.0.0-dev';
