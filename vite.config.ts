import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';
import { PARTS } from './src/content/parts.ts';

const TARGET = ['chrome120', 'firefox140'];
const JSX: UserConfig['oxc'] = { jsx: { runtime: 'automatic', importSource: 'preact' } };

/**
 * Builds `entry` as one self-contained IIFE at `fileName` in the extension's output, for the background
 * to inject with scripting.executeScript. Not a web-accessible resource (as CRXJS's `?script` imports
 * would make it), so pages cannot probe for it.
 */
function injectedScript(entry: string, fileName: string, define: Record<string, string>): Plugin {
  return {
    name: 'injected-script',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        define,
        oxc: JSX,
        // The mount code renders with dom-render.ts, a 1 KB stand-in for the part of preact it uses
        // (the popup keeps preact; both render the same components).
        resolve: {
          alias: [
            {
              find: /^preact(\/jsx-runtime|\/jsx-dev-runtime)?$/,
              replacement: resolve('src/content/mount/overlay/dom-render.ts'),
            },
          ],
        },
        build: {
          write: false,
          target: TARGET,
          lib: { entry, formats: ['iife'], name: 'part', fileName: () => fileName },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
        'output' in r ? r.output : [],
      );
      const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
      if (chunk?.type !== 'chunk') throw new Error(`no IIFE built for ${entry}`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

/**
 * `vite build --mode chrome|firefox` → dist/<target>, what the stores get; `--mode chrome-test|firefox-test`
 * → dist/test/<target>, the build the e2e suite loads (`__TEST__`: see src/content/contain.ts).
 * `npm run build` runs all four and zips the two shipped ones.
 */
export default defineConfig(({ mode }) => {
  const target: Target = mode.startsWith('firefox') ? 'firefox' : 'chrome';
  const test = mode.endsWith('-test');
  const define = { __FIREFOX__: JSON.stringify(target === 'firefox'), __TEST__: JSON.stringify(test) };
  return {
    plugins: [
      crx({
        manifest: manifestFor(baseManifest, target, { test }),
        browser: target,
        // One self-contained IIFE: no loader, so no web_accessible_resources that would let pages detect us.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      injectedScript('src/content/mounts.ts', PARTS.mounts, define),
      injectedScript('src/content/explain.ts', PARTS.explain, define),
      // The strength estimator (≈ 0.8 MB gzip of word lists): injected only after the first keystroke in a
      // new-password field; the popup's checker loads the same file.
      injectedScript('src/content/strength-entry.ts', PARTS.strength, define),
    ],
    define,
    oxc: JSX,
    build: {
      outDir: test ? `dist/test/${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: TARGET,
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
    },
  };
});
