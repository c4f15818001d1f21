// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findForms } from '../../../src/content/finder/find-forms.ts';
import { fieldState } from '../../../src/content/finder/visibility.ts';
import { installLayout } from '../layout.ts';

let uninstall: () => void;
beforeAll(() => {
  uninstall = installLayout();
});
afterAll(() => uninstall());
afterEach(() => {
  document.body.innerHTML = '';
});

const stateOf = (html: string) => {
  document.body.innerHTML = html;
  return fieldState(document.querySelector('#p') as HTMLInputElement);
};

describe('what a person can see of a password field', () => {
  it.each([
    ['a field on the page', '<form><input id="p" type="password"></form>', 'shown'],
    [
      'a field in a closed tab or modal',
      '<div data-layout="hidden"><input id="p" type="password"></div>',
      'hidden',
    ],
    [
      'a field pushed off screen to the left',
      '<input id="p" type="password" data-layout="-10000,10,200,30">',
      'hidden',
    ],
    ['a honeypot with tabindex=-1', '<input id="p" type="password" tabindex="-1">', 'decoy'],
    [
      'a honeypot in an aria-hidden box',
      '<div aria-hidden="true"><input id="p" type="password"></div>',
      'decoy',
    ],
    ['a honeypot one pixel wide', '<input id="p" type="password" data-layout="10,10,1,1">', 'decoy'],
    [
      'a field far inside a page a modal library hid from screen readers for a moment',
      '<main aria-hidden="true"><section><div><form><div><input id="p" type="password"></div></form></div></section></main>',
      'shown',
    ],
  ])('%s is %s', (_what, html, state) => {
    expect(stateOf(html)).toBe(state);
  });
});

const summary = () =>
  findForms(document).map((form) => ({
    kind: form.kind,
    roles: form.fields.map((f) => `${f.field.id}:${f.role}`),
  }));

describe('hidden forms', () => {
  it('are left out, and their words are no evidence for the form that is shown', () => {
    document.body.innerHTML =
      '<div role="tablist"><button role="tab" aria-selected="true">Log in</button><button role="tab" aria-selected="false">Sign up</button></div>' +
      '<form id="a"><input type="email"><input id="l" type="password"><button>Continue</button></form>' +
      '<form id="b" data-layout="hidden"><h2>Create your account</h2><input type="email"><input id="s" type="password"><button>Create account</button></form>';
    const skipped: string[] = [];
    const forms = findForms(document, (field, state) => skipped.push(`${field.id}:${state}`));
    expect(forms.map((f) => f.fields.map((x) => `${x.field.id}:${x.role}`))).toEqual([['l:current']]);
    expect(skipped).toEqual(['s:hidden']);
  });

  it('are classified once shown, with their own words', () => {
    document.body.innerHTML =
      '<div role="tablist"><button role="tab" aria-selected="false">Log in</button><button role="tab" aria-selected="true">Sign up</button></div>' +
      '<form id="a" data-layout="hidden"><h2>Welcome back</h2><input id="l" type="password"><a href="/f">Forgot password?</a><button>Log in</button></form>' +
      '<form id="b"><input type="email"><input id="s" type="password"><button>Continue</button></form>';
    expect(summary()).toEqual([{ kind: 'create-account', roles: ['s:new'] }]);
  });

  it('never pair a honeypot with the real field', () => {
    document.body.innerHTML =
      '<form><h1>Member login</h1><input name="user"><input id="pw" type="password">' +
      '<div aria-hidden="true"><input id="hp" type="password" name="confirm_password"></div><button>Log in</button></form>';
    expect(summary()).toEqual([{ kind: 'login', roles: ['pw:current'] }]);
  });
});
