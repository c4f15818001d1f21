import { findRefused } from '../policy/find-refused.ts';
import { registerPart } from './parts.ts';

// The explanation engine, injected by the background when the mount code first meets a refused
// character (parts.ts): which characters UDI refuses, what they are, and how to fix them.
registerPart('explain', findRefused);
