import { t, tm } from '../shared/i18n.ts';
import type { StrengthVerdict } from '../strength/estimate.ts';

/**
 * How easy a password UDI accepts is to guess: nothing until there is a verdict, then "Hard to guess", or
 * "Easy to guess" with why and what to do. Shared by the overlay (dom-render.ts: no hooks, no refs) and the
 * popup's checker. Show it only next to UDI's acceptance: "hard to guess" is never said of a password UDI
 * refuses. The words carry the state; the icon is decoration and the colour a second cue. `pending`: UDI
 * accepts the password and its estimate is on its way.
 */
export function StrengthNote({
  verdict,
  pending,
}: {
  verdict: StrengthVerdict | undefined;
  pending?: boolean;
}) {
  // While the estimate is pending its line is kept, unseen and unread: the note must not push the page's
  // "Create" button down just as the applicant moves to click it.
  if (!verdict && !pending) return null;
  if (!verdict?.weak) {
    return (
      <p
        class={verdict ? 'strength strength-strong' : 'strength strength-pending'}
        aria-hidden={verdict ? undefined : true}
      >
        <span aria-hidden="true">✓ </span>
        {t('strength_strong')}
      </p>
    );
  }
  return (
    <div class="strength strength-weak">
      <p>
        <strong>
          <span aria-hidden="true">! </span>
          {t('strength_weak')}
        </strong>
      </p>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason.key}>{tm(reason)}</li>
        ))}
      </ul>
      <p class="strength-advice">{verdict.advice.map(tm).join(' ')}</p>
    </div>
  );
}
