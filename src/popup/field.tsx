import type { ComponentChildren } from 'preact';
import { tm } from '../shared/i18n.ts';
import type { Message } from '../shared/message-key.ts';

/** What the control needs to be linked to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: Message | undefined;
  /** The control, given its id and aria attributes: `(control) => <input {...control} … />`. */
  children: (control: ControlProps) => ComponentChildren;
}

/** A labelled form control with an optional hint and error, linked by aria-describedby. */
export function Field({ id, label, hint, error, children }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
      {error && (
        <p class="error" id={`${id}-error`}>
          {tm(error)}
        </p>
      )}
    </div>
  );
}
