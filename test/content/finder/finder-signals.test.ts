// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { groupsOf } from '../../../src/content/finder/find-forms.ts';
import {
  evidenceOf,
  type FormView,
  fired,
  isConfirmField,
  SIGNALS,
  type SignalName,
  scoreOf,
  viewField,
  viewForm,
} from '../../../src/content/finder/signals.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

/** The first shown password field of `html` and its form, as the finder sees them. */
function views(html: string, title = '') {
  document.body.innerHTML = html;
  document.title = title;
  const [group] = groupsOf(document);
  if (!group) throw new Error('no password field');
  const field = group.fields[0] as HTMLInputElement;
  let form: FormView | undefined;
  return {
    field: viewField(field, group.scope),
    form: () => {
      form ??= viewForm(group.scope, group.region, field);
      return form;
    },
  };
}

const says = (name: SignalName, html: string, title?: string) => {
  const { field, form } = views(html, title);
  return fired(name, field, form);
};

const PW = '<input type="password" id="p">';

// Each signal: markup where a person sees it, and near-miss markup where it must stay quiet.
const CASES: Record<SignalName, [fires: string, quiet: string][]> = {
  autocompleteNew: [
    [
      '<input type="password" autocomplete="section-a new-password">',
      '<input type="password" autocomplete="off">',
    ],
  ],
  autocompleteCurrent: [
    [
      '<input type="password" autocomplete="current-password">',
      '<input type="password" autocomplete="password">',
    ],
  ],
  labelNew: [
    [
      '<h2>Change password</h2><form><input type="password" aria-label="New password"><button>Save</button></form>',
      '<h2>Change password</h2><form><input type="password" aria-label="Current password"><button>Save</button></form>',
    ],
    [`<label for="p">Choose a password</label>${PW}`, `<label for="p">Password</label>${PW}`],
    [
      '<input type="password" placeholder="设置密码（8-20位）">',
      '<input type="password" placeholder="密码">',
    ],
    [`<label for="p">Придумайте пароль</label>${PW}`, `<label for="p">Пароль</label>${PW}`],
    [
      `<table><tr><th>Tạo mật khẩu</th><td>${PW}</td></tr></table>`,
      `<table><tr><th>Mật khẩu</th><td>${PW}</td></tr></table>`,
    ],
  ],
  labelCurrent: [
    // A field with a name of its own does not take the form's heading above it for its label.
    [
      '<h2>Change password</h2><form><input type="password" aria-label="Current password"><button>Save</button></form>',
      '<h2>Change password</h2><form><input type="password" aria-label="Password"><button>Save</button></form>',
    ],
    [`<label for="p">Current password</label>${PW}`, `<label for="p">Password</label>${PW}`],
    ['<input type="password" aria-label="Senha atual">', '<input type="password" aria-label="Senha">'],
  ],
  codeNew: [['<input type="password" id="newPassword">', '<input type="password" id="password">']],
  codeCurrent: [['<input type="password" name="old_password">', '<input type="password" name="password">']],
  rulesHint: [
    [`${PW}<p>At least 8 characters</p>`, `${PW}<p>Keep it secret</p>`],
    [
      '<input type="password" aria-describedby="h"><div id="h">حداقل ۸ کاراکتر</div>',
      `${PW}<div>رمز عبور</div>`,
    ],
    [`<label for="p">Passwort (8–16 Zeichen)</label>${PW}`, `<label for="p">Passwort</label>${PW}`],
  ],
  strengthMeter: [
    [`${PW}<meter min="0" max="4" value="1"></meter>`, `${PW}<span>Show</span>`],
    [`${PW}<div class="pw-strength"><i></i></div>`, `${PW}<div class="pw-toggle"><i></i></div>`],
    [`${PW}<div>Lösenordsstyrka: svagt</div>`, `${PW}<div>Lösenord</div>`],
  ],
  submitFresh: [
    [`<form>${PW}<button>Create account</button></form>`, `<form>${PW}<button>Continue</button></form>`],
    [`<form>${PW}<button>Reģistrēties</button></form>`, `<form>${PW}<button>Pieslēgties</button></form>`],
    [
      `<form>${PW}<input type="submit" value="ثبت نام"></form>`,
      `<form>${PW}<input type="submit" value="ورود"></form>`,
    ],
    // A secondary "Create account" button beside the form's submit button is not what the form does.
    [
      `<form>${PW}<button>注册</button></form>`,
      `<form>${PW}<button type="button">Create account</button><button>Log in</button></form>`,
    ],
  ],
  submitLogin: [
    [`<form>${PW}<button>Sign in</button></form>`, `<form>${PW}<button>Sign up</button></form>`],
    [`<form>${PW}<button>Giriş Yap</button></form>`, `<form>${PW}<button>Üye Ol</button></form>`],
    [`<form>${PW}<button>Prisijungti</button></form>`, `<form>${PW}<button>Registruotis</button></form>`],
    [`<form>${PW}<button>Pieslēgties</button></form>`, `<form>${PW}<button>Reģistrēties</button></form>`],
  ],
  headingFresh: [
    [
      `<h1>Opret konto</h1><form>${PW}<button>OK</button></form>`,
      `<h1>Log ind</h1><form>${PW}<button>OK</button></form>`,
    ],
    // The selected tab names the view; the other tab does not.
    [
      `<div role="tablist"><button role="tab" aria-selected="false">Log in</button><button role="tab" aria-selected="true">Sign up</button></div><form>${PW}<button>OK</button></form>`,
      `<div role="tablist"><button role="tab" aria-selected="true">Log in</button><button role="tab" aria-selected="false">Sign up</button></div><form>${PW}<button>OK</button></form>`,
    ],
    // A heading after the form, or one that belongs to another form, says nothing about it.
    [
      `<h2>Reset your password</h2><form>${PW}<button>OK</button></form>`,
      `<form>${PW}<button>OK</button></form><h2>Create an account</h2>`,
    ],
  ],
  headingLogin: [
    [
      `<form><legend>Log in to your account</legend>${PW}<button>OK</button></form>`,
      `<form>${PW}<button>OK</button></form>`,
    ],
  ],
  forgotLink: [
    [
      `<form>${PW}<a href="/f">Forgot your password?</a><button>OK</button></form>`,
      `<form>${PW}<a href="/t">Terms</a><button>OK</button></form>`,
    ],
    [
      `<form>${PW}<a href="/f">Glemt passord?</a><button>OK</button></form>`,
      `<form>${PW}<a href="/h">Hjelp</a><button>OK</button></form>`,
    ],
    ...[
      'Pamiršote slaptažodį?',
      'Aizmirsi paroli?',
      'Zaboravili ste lozinku?',
      'Забравена парола?',
      'Ai uitat parola?',
    ].map((link): [string, string] => [
      `<form>${PW}<a href="/f">${link}</a><button>OK</button></form>`,
      `<form>${PW}<a href="/h">Pagalba</a><button>OK</button></form>`,
    ]),
  ],
  rememberMe: [
    [
      `<form>${PW}<label><input type="checkbox" name="rememberMe"> Remember me</label><button>OK</button></form>`,
      `<form>${PW}<label><input type="checkbox" name="newsletter"> Newsletter</label><button>OK</button></form>`,
    ],
  ],
  consent: [
    [
      `<form>${PW}<label><input type="checkbox"> I agree to the <a href="/t">Terms</a></label><button>OK</button></form>`,
      `<form>${PW}<label><input type="checkbox"> Send me news</label><button>OK</button></form>`,
    ],
    [
      `<form>${PW}<p><input type="checkbox"> 我已阅读并同意<a href="/t">《用户协议》</a></p><button>OK</button></form>`,
      `<form>${PW}<p><input type="checkbox"> 下次自动登录</p><button>OK</button></form>`,
    ],
  ],
  personalFields: [
    [
      `<form><input name="first"><input type="email">${PW}<button>OK</button></form>`,
      `<form><input type="email">${PW}<input type="hidden" name="csrf"><input type="checkbox"><button>OK</button></form>`,
    ],
  ],
};

describe('each signal of the finder', () => {
  it('has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(SIGNALS).sort());
  });

  for (const [name, cases] of Object.entries(CASES) as [SignalName, [string, string][]][]) {
    it.each(cases)(`${name} fires on %s and stays quiet on %s`, (fires, quiet) => {
      expect(says(name, fires)).toBe(true);
      expect(says(name, quiet)).toBe(false);
    });
  }

  it('reads the page title as a heading', () => {
    expect(says('headingFresh', `<form>${PW}<button>OK</button></form>`, 'Registrieren – Shop')).toBe(true);
    expect(says('headingLogin', `<form>${PW}<button>OK</button></form>`, 'Anmelden – Shop')).toBe(true);
  });
});

describe('the weights', () => {
  it('make a field with no evidence a login', () => {
    const { field, form } = views(`<form><input type="email">${PW}<button>OK</button></form>`);
    expect(evidenceOf(field, form)).toEqual({});
    expect(scoreOf(field, form)).toBeLessThan(0);
  });

  it('let a sign-up heading and button outweigh a "Log in" tab beside them', () => {
    const { field, form } = views(
      `<nav><a href="/login">Log in</a></nav><h1>Crea tu cuenta</h1><form><input type="email">${PW}<button>Registrarme</button></form>`,
    );
    expect(evidenceOf(field, form)).toEqual({ headingFresh: 3, submitFresh: 4 });
    expect(scoreOf(field, form)).toBeGreaterThan(0);
  });

  it('let a login outweigh a password-rules hint under its field', () => {
    const { field, form } = views(
      `<form><legend>Log in</legend><input type="email">${PW}<p>8 to 64 characters</p><a href="/f">Forgot password?</a><button>Sign in</button></form>`,
    );
    expect(fired('rulesHint', field, form)).toBe(true);
    expect(scoreOf(field, form)).toBeLessThan(0);
  });
});

describe('a confirmation field', () => {
  it.each([
    'Confirm password',
    'Passwort wiederholen',
    'Повторите пароль',
    '确认密码',
    '비밀번호 확인',
    'Pakartokite slaptažodį',
    'Atkārtot paroli',
    'Ponovite lozinku',
    'Поновите лозинку',
    'Potvrdite lozinku',
  ])('is told by "%s"', (label) => {
    const { field } = views(`<label for="p">${label}</label>${PW}`);
    expect(isConfirmField(field)).toBe(true);
  });

  it('is told by its name', () => {
    expect(isConfirmField(views('<input type="password" id="reenterPassword">').field)).toBe(true);
    expect(isConfirmField(views('<input type="password" name="pwd2">').field)).toBe(true);
    expect(isConfirmField(views('<input type="password" name="pwd">').field)).toBe(false);
    // The password field of a page's second form (many-forms.html), not a confirmation.
    expect(isConfirmField(views('<input type="password" id="pw2">').field)).toBe(false);
  });
});
