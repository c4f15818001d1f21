/// <reference types="vite/client" />

/** True in the Firefox build, false in the Chrome build (vite `define`); tests run with it false. */
declare const __FIREFOX__: boolean;
