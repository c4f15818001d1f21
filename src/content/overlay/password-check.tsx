import type { Verdict } from '../../policy/types.ts';
import { t } from '../../shared/i18n.ts';
import { RefusedList, RuleList } from '../../ui/verdict-view.tsx';
import type { Arrival } from '../watch-field.ts';

export type Alert = 'filled' | 'submit';

/** A refused password that the applicant did not type themselves gets the loudest warning. */
export function alertFor(
  verdict: Verdict,
  arrival: Arrival | undefined,
  submitAttempted: boolean,
): Alert | undefined {
  if (verdict.ok || verdict.length === 0) return undefined;
  if (arrival !== undefined && arrival !== 'typed' && arrival !== 'generated') return 'filled';
  return submitAttempted ? 'submit' : undefined;
}

export interface PasswordCheckProps {
  verdict: Verdict;
  /** The strongest message to show: a manager/paste filled a refused password, or a submit went nowhere. */
  alert: Alert | undefined;
  /** Blurred once or a submit was attempted: unmet rules turn to error styling. */
  touched: boolean;
  submitAttempted: boolean;
  generated: boolean;
  showCharacters: boolean;
  generator: { length: number; bits: number };
  /** Text for the polite live region, updated on pause or blur only. */
  status: string;
  onToggleCharacters: () => void;
  onGenerate: () => void;
  onDismiss: () => void;
}

/** The panel under a new-password field. Pure: all state lives in the controller that renders it. */
export function PasswordCheck(props: PasswordCheckProps) {
  const { verdict } = props;
  return (
    <section class={`panel${props.touched ? ' touched' : ''}`} aria-label={t('overlay_title')}>
      <div class="head">
        <strong>{t('overlay_title')}</strong>
      </div>
      {props.alert === 'filled' && (
        <div class="alert" role="alert">
          <strong>{t('overlay_filled_title')}</strong>
          <p>{t('overlay_filled_body')}</p>
        </div>
      )}
      {verdict.ok ? (
        <p class="ok">
          <span aria-hidden="true">✓</span> {t('overlay_ok')}
        </p>
      ) : (
        <RuleList verdict={verdict} />
      )}
      <RefusedList
        refused={verdict.refused}
        showCharacters={props.showCharacters}
        onToggleCharacters={props.onToggleCharacters}
      />
      {props.submitAttempted && !verdict.ok && (
        <p class="blocked" role="alert">
          {t('overlay_submit_blocked')}
        </p>
      )}
      {props.generated ? (
        <p class="note">{t('overlay_generated')}</p>
      ) : (
        !verdict.ok && (
          <div class="generate">
            <button type="button" class="primary" onClick={props.onGenerate}>
              {t('overlay_generate')}
            </button>
            <p class="note">
              {t('overlay_generate_note', String(props.generator.length), String(props.generator.bits))}
            </p>
          </div>
        )
      )}
      <p class="sr-only" role="status">
        {props.status}
      </p>
      {/* Last in tab order (after the actions), shown at the top corner. */}
      <CloseButton label={t('overlay_dismiss')} onClick={props.onDismiss} />
    </section>
  );
}

export function ConfirmCheck({ mismatch }: { mismatch: boolean }) {
  return (
    <p class={mismatch ? 'mismatch' : 'sr-only'} role="status">
      {mismatch && (
        <>
          <span aria-hidden="true">✗</span> {t('overlay_mismatch')}
        </>
      )}
    </p>
  );
}

export function LoginHint({ notes, onDismiss }: { notes: readonly string[]; onDismiss: () => void }) {
  return (
    <aside class="panel hint" aria-label={t('login_hint_title')}>
      <div class="head">
        <strong>{t('login_hint_title')}</strong>
      </div>
      <p>{t('login_hint_body')}</p>
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <CloseButton label={t('login_hint_dismiss')} onClick={onDismiss} />
    </aside>
  );
}

function CloseButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="close" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}
