import { estimateStrength, prepareEstimator } from '../strength/estimate.ts';
import { registerPart } from './parts.ts';

// The injected estimator (parts.ts): built by vite.config.ts as one self-contained file,
// src/content/strength.js, injected by the background into a frame whose mount code asked for it, and
// loaded by the popup's checker.
registerPart('strength', estimateStrength);
// Evaluating this file and ranking its word lists each take hundreds of milliseconds on a slow machine:
// the ranking gets a task of its own, so a keystroke that arrives meanwhile is handled in between.
setTimeout(prepareEstimator, 0);
