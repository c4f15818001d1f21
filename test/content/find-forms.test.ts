// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findForms } from '../../src/content/find-forms.ts';
import { domOf, loadFixture } from './dom.ts';

function summary(doc: Document | ShadowRoot) {
  return findForms(doc).map((form) => ({
    kind: form.kind,
    roles: form.fields.map((f) => `${f.field.id || f.field.name}:${f.role}`),
  }));
}

describe('findForms on the fixture pages', () => {
  it.each([
    ['create-account.html', 'create-account', ['password:new', 'confirm:confirm']],
    [
      'aspnet-register.html',
      'create-account',
      ['ctl00_MainContent_Password:new', 'ctl00_MainContent_ConfirmPassword:confirm'],
    ],
    ['nb-registrer.html', 'create-account', ['passord:new', 'passord2:confirm']],
    ['change-password.html', 'new-password', ['old:current', 'new:new', 'again:confirm']],
    ['reset-password.html', 'new-password', ['p1:new', 'p2:confirm']],
    ['login.html', 'login', ['password:current']],
    ['login-nb.html', 'login', ['pw:current']],
    ['show-password.html', 'create-account', ['password:new', 'confirm:confirm']],
    ['formless-nn.html', 'create-account', ['a:new', 'b:confirm']],
    ['iframe-form.html', 'create-account', ['pw:new', 'pw2:confirm']],
  ])('%s is %s with roles %j', (file, kind, roles) => {
    expect(summary(loadFixture(file).window.document)).toEqual([{ kind, roles }]);
  });

  it('finds nothing on a UDI page without a password field', () => {
    expect(findForms(loadFixture('no-password.html').window.document)).toEqual([]);
  });

  it('finds the B2C password step only once the email is verified', () => {
    const { window } = loadFixture('b2c-signup.html', { scripts: true });
    expect(findForms(window.document)).toEqual([]);
    window.document.getElementById('emailVerificationControl_but_verify_code')?.click();
    expect(summary(window.document)).toEqual([
      { kind: 'create-account', roles: ['newPassword:new', 'reenterPassword:confirm'] },
    ]);
  });

  it('classifies a form inside an open shadow root when given that root', () => {
    const { window } = loadFixture('shadow-form.html', { scripts: true });
    const root = window.document.querySelector('udi-signup')?.shadowRoot;
    expect(root).toBeTruthy();
    expect(summary(root as ShadowRoot)).toEqual([
      { kind: 'create-account', roles: ['password:new', 'confirm:confirm'] },
    ]);
  });
});

describe('findForms on markup it has never seen', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a single password with autocomplete=new-password',
      '<form><input type="email"><input id="p" type="password" autocomplete="new-password"><button>Go</button></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a sign-up with one password field and a "Log in" link',
      '<form><h2>Create your account</h2><input type="email"><input id="p" type="password"><button>Sign up</button><a href="#">Already have an account? Log in</a></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a login with a "Register" link',
      '<form><h2>Log in</h2><input type="email"><input id="p" type="password"><button>Log in</button><a href="#">Register</a></form>',
      'login',
      ['p:current'],
    ],
    [
      'a bare single password field with no words at all',
      '<form><input type="text"><input id="p" type="password"><button>OK</button></form>',
      'login',
      ['p:current'],
    ],
    [
      'a German registration',
      '<form><h1>Registrieren</h1><input type="email"><label for="a">Passwort</label><input id="a" type="password"><label for="b">Passwort wiederholen</label><input id="b" type="password"><button>Konto erstellen</button></form>',
      'create-account',
      ['a:new', 'b:confirm'],
    ],
    [
      'a change form without confirmation',
      '<form><input id="o" type="password" autocomplete="current-password"><input id="n" type="password" autocomplete="new-password"><button>Save</button></form>',
      'new-password',
      ['o:current', 'n:new'],
    ],
    [
      'Azure B2C password reset ids',
      '<form><input id="newPassword" type="password"><input id="reenterPassword" type="password"><button>Continue</button></form>',
      'new-password',
      ['newPassword:new', 'reenterPassword:confirm'],
    ],
    [
      'a Russian sign-up',
      '<form><h1>Регистрация</h1><input type="email" name="email"><input id="a" type="password" placeholder="Пароль"><input id="b" type="password" placeholder="Повторите пароль"><button>Зарегистрироваться</button></form>',
      'create-account',
      ['a:new', 'b:confirm'],
    ],
  ];
  it.each(cases)('%s', (_name, html, kind, roles) => {
    expect(summary(domOf(html).window.document)).toEqual([{ kind, roles }]);
  });

  it('groups formless fields by the container that holds their button', () => {
    const { window } = domOf(
      '<div id="one"><input id="l" type="password" autocomplete="current-password"><button>Log in</button></div>' +
        '<div id="two"><h2>Sign up</h2><input id="n" type="password" autocomplete="new-password"><input id="c" type="password" autocomplete="new-password"><button>Sign up</button></div>',
    );
    expect(summary(window.document)).toEqual([
      { kind: 'login', roles: ['l:current'] },
      { kind: 'new-password', roles: ['n:new', 'c:confirm'] },
    ]);
  });
});
