// The setter from our own (isolated) world's prototype: a page that patches `value` cannot intercept it.
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * Puts a value into a field the way typing would look to the page: the native setter, then `input` and
 * `change`, so frameworks (React, Angular, Vue) update their state and the browser offers to save it.
 */
export function fillField(field: HTMLInputElement, value: string): void {
  if (setValue) setValue.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
