/**
 * What submits a form: a `<button>` without a type does, as do image and submit inputs. The finder reads
 * their words ("Create account"); the mount code listens for a press on them.
 */
export const SUBMITTERS = 'button:not([type=button]):not([type=reset]),input[type=submit],input[type=image]';
