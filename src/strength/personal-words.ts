/** Bounds what a page's email field can make us do: at most this many inputs, each cut to this length. */
const MAX_INPUTS = 8;
const MAX_INPUT_LENGTH = 64;

/**
 * The words of what the page knows about the applicant (an email address, a name) as zxcvbn's user inputs:
 * an email's name part whole and split into its words ("ola.nordmann85@…" → ola.nordmann85, ola,
 * nordmann, nordmann85), with æ ø å and accents written the way UDI's letters allow (bjørn → bjorn).
 */
export function personalWords(inputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of inputs.slice(0, MAX_INPUTS)) {
    const name = plainLetters((input.split('@')[0] ?? '').slice(0, MAX_INPUT_LENGTH).toLowerCase());
    for (const word of [name, ...name.split(/[^a-z0-9]+/), ...name.split(/[^a-z]+/)]) {
      if (word.length >= 3) words.add(word);
    }
  }
  return [...words];
}

function plainLetters(text: string): string {
  return text
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
