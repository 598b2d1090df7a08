// An esbuild plugin for Node bundles of the bench: our packages (`@wholepicture/*`) are
// bundled from source, every other package stays external but is written as the absolute
// path esbuild resolved, so Node finds it wherever pnpm put it (the bundle's own folder has
// no node_modules of its own).
import { builtinModules } from 'node:module';

/** @returns {import('esbuild').Plugin} */
export function resolvedExternals() {
  return {
    name: 'resolved-externals',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.path.startsWith('@wholepicture/')) return undefined;
        if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return { external: true };
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'resolving',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.path, external: true };
      });
    },
  };
}
