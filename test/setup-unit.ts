import fake from './shared/fake-browser.ts';

// The native namespace (src/shared/native.ts) reads globalThis.chrome: give unit tests the same fake that
// tests mocking src/shared/browser.ts get.
(globalThis as unknown as { chrome: unknown }).chrome = fake;
