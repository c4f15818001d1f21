// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForms } from '../../../src/content/finder/find-forms.ts';

/** `npm run soak` multiplies the runs (FORM_FUZZ_FACTOR); `npm test` runs the base count. */
const SOAK = Number(process.env.FORM_FUZZ_FACTOR) || 1;

// Random single-password login forms, built from the parts real login pages use, in several languages.
const heading = fc.constantFrom(
  '',
  'Log in',
  'Sign in',
  'Logg inn',
  'Anmelden',
  'Se connecter',
  'Войти',
  'Welcome back',
  'UDI',
  'Giriş Yap',
  'Đăng nhập',
  '登录',
  'ورود',
  'लॉग इन',
);
const button = fc.constantFrom(
  'Log in',
  'Sign in',
  'Continue',
  'Next',
  'OK',
  'Logg inn',
  'Neste',
  'Submit',
  'Вход',
  'Masuk',
  'ログイン',
  '로그인',
);
const link = fc.constantFrom(
  '',
  'Forgot your password?',
  'Create account',
  'Sign up now',
  'Register',
  'Glemt passord?',
  'Opprett brukerkonto',
  'Help',
  'Şifremi unuttum',
  '忘记密码',
  'Daftar sekarang',
);
const label = fc.constantFrom(
  'Password',
  'Passord',
  'Passwort',
  'Mot de passe',
  'Пароль',
  'PIN',
  '',
  'Your password',
);
const name = fc.constantFrom(
  'password',
  'pwd',
  'pass',
  'Password',
  'ctl00$Main$Password',
  'login[password]',
  'secret',
  'p',
);
const autocomplete = fc.constantFrom('', 'current-password', 'off', 'on', 'password');
const wrap = fc.integer({ min: 0, max: 3 });
// A honeypot beside the real field must never pair with it into "new + confirm".
const honeypot = fc.constantFrom(
  '',
  '<input type="password" name="confirm_password" tabindex="-1" autocomplete="off">',
  '<div aria-hidden="true"><input type="password" name="password2"></div>',
);
const remember = fc.constantFrom('', '<label><input type="checkbox" name="remember"> Remember me</label>');
const inForm = fc.boolean();

const loginForm = fc
  .record({
    heading,
    button,
    link,
    label,
    name,
    autocomplete,
    wrap,
    inForm,
    honeypot,
    remember,
    user: fc.constantFrom('email', 'text', 'tel'),
  })
  .map((p) => {
    const open = '<div>'.repeat(p.wrap);
    const close = '</div>'.repeat(p.wrap);
    const body = `${p.heading ? `<h2>${p.heading}</h2>` : ''}<input type="${p.user}" name="user">${open}<label for="f">${p.label}</label><input id="f" type="password" name="${p.name}"${p.autocomplete ? ` autocomplete="${p.autocomplete}"` : ''}>${close}${p.honeypot}${p.remember}<button>${p.button}</button>${p.link ? `<a href="#">${p.link}</a>` : ''}`;
    return p.inForm ? `<form>${body}</form>` : `<div>${body}</div>`;
  });

// jsdom parses each generated page: give the suites room on a loaded 2-core machine.
describe('findForms, fuzzed', { timeout: 60_000 * SOAK }, () => {
  it('never takes a single-password login form for account creation or a new password', () => {
    fc.assert(
      fc.property(loginForm, (html) => {
        document.body.innerHTML = html;
        const forms = findForms(document);
        expect(forms).toHaveLength(1);
        expect(forms[0]?.fields).toHaveLength(1);
        expect(forms[0]?.kind).not.toBe('create-account');
        expect(forms[0]?.fields.map((f) => f.role)).not.toContain('new');
      }),
      { numRuns: 2000 * SOAK, seed: 20261125 },
    );
  });

  it('never throws on random markup around password fields', () => {
    const tag = fc.constantFrom('div', 'form', 'span', 'section', 'label', 'p', 'fieldset');
    const input = fc.constantFrom(
      '<input type="password">',
      '<input type="password" autocomplete="new-password">',
      '<input type="text" autocomplete="current-password">',
      '<input>',
      '<button>Go</button>',
      '<a>Sign up</a>',
      '<h1>Registrer</h1>',
      '<label>Confirm</label>',
    );
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((rec) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        input,
        fc
          .tuple(tag, fc.array(rec('node'), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (html) => {
        document.body.innerHTML = html;
        expect(() => findForms(document)).not.toThrow();
      }),
      { numRuns: 1000 * SOAK, seed: 7 },
    );
  });
});
