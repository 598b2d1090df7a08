import type { Plugin } from 'esbuild';

/** An esbuild plugin: bundle `@wholepicture/*` from source, other packages external by absolute path. */
export declare function resolvedExternals(): Plugin;
