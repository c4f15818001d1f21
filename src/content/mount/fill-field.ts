// The setter from our own (isolated) world's prototype: a page that patches `value` cannot intercept it.
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * Puts a value into a field the way typing would look to the page: the native setter, then `input` for
 * frameworks (React, Angular, Vue), `keydown` and `keyup` for older validators that update on key events
 * only (Azure AD B2C's legacy layouts read `.value` on keyup), then `change` and `focusout`, where
 * validators check a finished field. The browser then offers to save the password.
 */
export function fillField(field: HTMLInputElement, value: string): void {
  if (setValue) setValue.call(field, value);
  else field.value = value;
  const fire = (event: Event) => field.dispatchEvent(event);
  fire(new Event('input', { bubbles: true, composed: true }));
  for (const type of ['keydown', 'keyup']) fire(new KeyboardEvent(type, { bubbles: true, composed: true }));
  fire(new Event('change', { bubbles: true }));
  fire(new FocusEvent('focusout', { bubbles: true, composed: true }));
}
