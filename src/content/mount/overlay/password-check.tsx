import type { Verdict } from '../../../policy/types.ts';
import { t } from '../../../shared/i18n.ts';
import { StrengthNote } from '../../../ui/strength-note.tsx';
import { RefusedList, RuleList } from '../../../ui/verdict-view.tsx';
import type { CheckView, GeneratorView } from '../check-view.ts';

export interface PasswordCheckProps {
  verdict: Verdict;
  /** What check-view.ts derives for this render. */
  view: CheckView;
  /** The last attempt to go on (check-state.ts). */
  submit: 'enabled' | 'disabled' | undefined;
  generated: boolean;
  showCharacters: boolean;
  /** Text for the polite live region, updated on pause or blur only. */
  status: string;
  onToggleCharacters: () => void;
  onGenerate: () => void;
  onDismiss: () => void;
}

/** Keeps the page's own words from reordering ours (a right-to-left title in a left-to-right sentence). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The panel under a new-password field. Pure: all state lives in check-state.ts. */
export function PasswordCheck(props: PasswordCheckProps) {
  const { verdict, view } = props;
  return (
    <section class={`panel${view.touched ? ' touched' : ''}`} aria-label={t('overlay_title')}>
      <div class="head">
        <strong>{t('overlay_title')}</strong>
      </div>
      {view.alert === 'filled' && (
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
      {/* A generated password is weak only on a page that allows very few characters: no advice then. */}
      <StrengthNote
        verdict={view.strength && props.generated ? { ...view.strength, advice: [] } : view.strength}
        pending={view.verdict === 'ok'}
      />
      {view.verdict === 'page-refused' && (
        <p class="page-refused">
          {t('overlay_page_refused')}
          {view.pageTitle && <> {t('overlay_page_says', isolate(view.pageTitle))}</>}
        </p>
      )}
      <RefusedList
        refused={verdict.refused}
        total={verdict.refusedCount}
        showCharacters={props.showCharacters}
        onToggleCharacters={props.onToggleCharacters}
      />
      {props.submit && !verdict.ok && (
        <p class="blocked" role="alert">
          {t('overlay_submit_blocked')}
        </p>
      )}
      {props.submit === 'disabled' && (
        <p class="blocked" role="alert">
          {t('overlay_submit_disabled')}
        </p>
      )}
      {props.generated ? (
        <p class="note">{t('overlay_generated')}</p>
      ) : (
        !verdict.ok && <Generator generator={view.generator} onGenerate={props.onGenerate} />
      )}
      <p class="sr-only" role="status">
        {props.status}
      </p>
      {/* Last in tab order (after the actions), shown at the top corner. */}
      <CloseButton label={t('overlay_dismiss')} onClick={props.onDismiss} />
    </section>
  );
}

function Generator({ generator, onGenerate }: { generator: GeneratorView; onGenerate: () => void }) {
  if (generator === 'none-fits') return <p class="blocked">{t('overlay_page_impossible')}</p>;
  if (generator === 'clear-text') return <p class="blocked">{t('overlay_generate_clear_text')}</p>;
  return (
    <div class="generate">
      <button type="button" class="primary" onClick={onGenerate}>
        {t('overlay_generate')}
      </button>
      <p class="note">{t('overlay_generate_note', String(generator.length), String(generator.bits))}</p>
      {generator.capped !== undefined && (
        <p class="note">{t('overlay_generate_capped', String(generator.capped))}</p>
      )}
    </div>
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
