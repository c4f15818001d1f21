/** The element we put into the page. Its shadow root is closed: the page can neither read nor restyle it. */
export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
}

// A hyphenated tag is a valid custom-element name, so attachShadow works without customElements.define,
// which content scripts cannot call in Chrome's isolated world.
const TAG = 'udi-login-helper';

export function mountHost(field: HTMLInputElement): Host {
  const element = document.createElement(TAG);
  element.dataset.udiHelper = 'password-check';
  const root = element.attachShadow({ mode: 'closed' });
  field.insertAdjacentElement('afterend', element);
  return { element, root };
}
