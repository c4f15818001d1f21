/// <reference types="vite/client" />

/** True in the Firefox build, false in the Chrome build (vite `define`); tests run with it false. */
declare const __FIREFOX__: boolean;
/** The test build (dist/test/<target>): reports caught errors for the e2e harness (content/contain.ts). */
declare const __TEST__: boolean;
