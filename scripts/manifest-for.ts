/**
 * The one place where the Chrome and Firefox manifests differ. Everything else comes from manifest.json.
 * Pure, so it is unit-tested (test/build/manifest-for.test.ts) and audited against the built output.
 */
export type Target = 'chrome' | 'firefox';

/** Fixed so that storage and granted permissions survive updates and AMO can sign the same add-on. */
export const GECKO_ID = 'udi-login-helper@udi-helper.github.io';

/**
 * 140 is the first desktop Firefox that understands `data_collection_permissions`, the newest key we use
 * (MV3 content scripts, `action`, and `scripting` are all older); 142 is its Android counterpart.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches?: string[] }[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};

export interface BuildOptions {
  /**
   * The test build (dist/test/<target>): the shipped manifest plus the same hosts over plain http, so the
   * e2e suite can serve local fixture pages without certificates. The shipped build is https only.
   */
  test?: boolean;
}

/** Each https pattern, followed by its http twin. */
const withHttp = (patterns: string[] | undefined) =>
  patterns?.flatMap((pattern) =>
    pattern.startsWith('https://') ? [pattern, pattern.replace('https://', 'http://')] : [pattern],
  );

export function manifestFor<M extends Manifest>(
  base: M,
  target: Target,
  { test = false }: BuildOptions = {},
): M {
  const manifest: Manifest = structuredClone(base);
  if (test) {
    for (const script of manifest.content_scripts ?? []) script.matches = withHttp(script.matches);
    manifest.host_permissions = withHttp(manifest.host_permissions);
    manifest.optional_host_permissions = withHttp(manifest.optional_host_permissions);
  }
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  delete manifest.background;
  if (target === 'chrome') {
    if (worker) manifest.background = { service_worker: worker, type: 'module' };
    return manifest as M;
  }
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return manifest as M;
}
