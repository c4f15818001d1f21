export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
}

/** One question as native radio buttons: arrow keys move within the group, Tab leaves it. */
export function ChoiceGroup<V extends string>({ name, legend, choices, value, onChange }: Props<V>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
