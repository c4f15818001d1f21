import { useState } from 'preact/hooks';
import { GENERATOR_LENGTH } from '../policy/generate.ts';
import { t } from '../shared/i18n.ts';
import { Field } from './field.tsx';

const RANGE = [String(GENERATOR_LENGTH.min), String(GENERATOR_LENGTH.max)] as const;

/** The length typed, when it is a whole number in range. */
function lengthOf(text: string): number | undefined {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= GENERATOR_LENGTH.min && n <= GENERATOR_LENGTH.max ? n : undefined;
}

/** The generator's length: saved as soon as it is a whole number in range, explained when it is not. */
export function LengthSetting({ value, onSave }: { value: number; onSave: (length: number) => void }) {
  // The field is the only writer of this setting, so it keeps its own text (a late storage echo must not
  // overwrite what the applicant is still typing).
  const [text, setText] = useState(String(value));
  const valid = lengthOf(text) !== undefined;
  const error = valid ? undefined : ({ key: 'settings_length_error', params: RANGE } as const);
  return (
    <Field
      id="settings-length"
      label={t('settings_length')}
      hint={`${t('settings_length_hint', ...RANGE, String(GENERATOR_LENGTH.default))} ${t('settings_length_why')}`}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={GENERATOR_LENGTH.min}
          max={GENERATOR_LENGTH.max}
          step={1}
          value={text}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            const n = lengthOf(next);
            if (n !== undefined && n !== value) onSave(n);
          }}
        />
      )}
    </Field>
  );
}
