import { estimateStrength } from '../strength/estimate.ts';
import { registerStrength } from './strength-api.ts';

// The injected estimator (strength-api.ts): built by vite.config.ts as one self-contained file,
// src/content/strength.js, and injected by the background into a frame whose mount code asked for it.
registerStrength(estimateStrength);
