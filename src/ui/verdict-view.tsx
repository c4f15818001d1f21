import { groupRefused } from '../policy/group-refused.ts';
import type { Refused, Verdict } from '../policy/types.ts';
import { t, tm, uiLanguage } from '../shared/i18n.ts';
import { kindLabel } from './kind-label.ts';

/**
 * UDI's rules as a checklist, and the characters UDI refuses grouped by kind with how to fix them.
 * Shared by the overlay and the popup's checker, so both explain a password the same way.
 * Icons and words carry the state (never colour alone); the characters stay hidden until asked for.
 */
export function RuleList({ verdict }: { verdict: Verdict }) {
  return (
    <ul class="rules" aria-label={t('overlay_rules_label')}>
      {verdict.rules.map((rule) => (
        <li key={rule.id} class={`rule ${rule.ok ? 'met' : 'unmet'}`} data-rule={rule.id}>
          <span class="icon" aria-hidden="true">
            {rule.ok ? '✓' : '✗'}
          </span>
          <span class="sr-only">{t(rule.ok ? 'overlay_rule_met' : 'overlay_rule_unmet')}: </span>
          <span>{tm(rule.message)}</span>
        </li>
      ))}
    </ul>
  );
}

export interface RefusedListProps {
  refused: readonly Refused[];
  /** How many refused entries there are in all (a 1 MB paste lists only the first ones). */
  total: number;
  showCharacters: boolean;
  onToggleCharacters: () => void;
}

export function RefusedList({ refused, total, showCharacters, onToggleCharacters }: RefusedListProps) {
  if (refused.length === 0) return null;
  return (
    <div class="refused">
      <h3>{t('overlay_refused_heading')}</h3>
      {total > refused.length && (
        <p class="note">{t('overlay_refused_capped', String(refused.length), String(total))}</p>
      )}
      {groupRefused(refused).map((group) => (
        <div key={group.kind} class="group" data-kind={group.kind}>
          <p class="kind">
            {tm(kindLabel(group.kind, group.items[0]?.script, uiLanguage()))} ({group.items.length})
          </p>
          <ul>
            {showCharacters
              ? uniqueCharacters(group.items).map(({ item, count }) => (
                  <li key={`${item.index}`}>
                    <CharacterName item={item} />
                    {count > 1 && ` ×${count}`} — {tm(item.hint)}
                  </li>
                ))
              : uniqueHints(group.items).map((hint) => <li key={hint}>{hint}</li>)}
          </ul>
        </div>
      ))}
      <button type="button" class="link" aria-pressed={showCharacters} onClick={onToggleCharacters}>
        {t(showCharacters ? 'overlay_hide_characters' : 'overlay_show_characters')}
      </button>
    </div>
  );
}

/** An invisible or blank character is named ("zero-width space"); a visible one is shown, isolated LTR. */
function CharacterName({ item }: { item: Refused }) {
  return (
    <>
      <bdi class="char" dir="ltr">
        {item.name ? tm(item.name) : item.text}
      </bdi>{' '}
      <span class="pos">({t('overlay_position', String(item.index + 1))})</span>
    </>
  );
}

/** The same character refused several times is shown once, with a count. */
function uniqueCharacters(items: readonly Refused[]): { item: Refused; count: number }[] {
  const seen = new Map<string, { item: Refused; count: number }>();
  for (const item of items) {
    const entry = seen.get(item.text);
    if (entry) entry.count++;
    else seen.set(item.text, { item, count: 1 });
  }
  return [...seen.values()];
}

/** With the characters hidden, each distinct fix is said once. */
function uniqueHints(items: readonly Refused[]): string[] {
  return [...new Set(items.map((item) => tm(item.hint)))];
}
