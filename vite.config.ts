import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';

/** `vite build --mode chrome|firefox` → dist/<target>. `npm run build` runs both and zips them. */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(baseManifest, target),
        browser: target,
        // One self-contained IIFE: no loader, so no web_accessible_resources that would let pages detect us.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    define: { __FIREFOX__: JSON.stringify(target === 'firefox') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox140'],
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
    },
  };
});
