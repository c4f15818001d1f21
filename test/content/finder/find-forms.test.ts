// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findForms } from '../../../src/content/finder/find-forms.ts';
import { domOf, loadFixture } from '../dom.ts';

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
    [
      'a Turkish sign-up whose only password has no autocomplete, beside a "Giriş Yap" tab',
      '<nav><a href="/giris">Giriş Yap</a><a href="/uye-ol" class="active">Üye Ol</a></nav><form><input type="email"><input id="p" type="password"><p>En az 7 karakter</p><button>Üye Ol</button></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a Japanese sign-up in a table, with the rules under the field',
      '<h1>新規会員登録</h1><form><table><tr><th>メールアドレス</th><td><input name="mail"></td></tr><tr><th>パスワード</th><td><input id="p" type="password"><p>半角英数字8文字以上</p></td></tr></table><input type="submit" value="確認画面へ進む"></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a framework sign-up with opaque ids, told by its aria-describedby hint and a strength meter',
      '<form><label for="_r_1c">Email</label><input id="_r_1c"><label for="_r_1d">Password</label><input id="_r_1d" type="password" aria-describedby="_r_1d-h"><p id="_r_1d-h">Use 8 or more characters</p><div class="strength-bar"></div><button type="button">Continue</button></form>',
      'create-account',
      ['_r_1d:new'],
    ],
    [
      'a sign-up whose only password says autocomplete="off"',
      '<form autocomplete="off"><h1>Załóż konto</h1><input type="email" autocomplete="off"><input id="p" type="password" autocomplete="off"><button>Zarejestruj się</button></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a login carrying a password-rules hint',
      '<form><legend>Log in to your account</legend><input type="email"><input id="p" type="password" aria-describedby="h"><span id="h">12 to 64 characters</span><a href="/f">Forgot password?</a><input type="submit" value="Sign in"></form>',
      'login',
      ['p:current'],
    ],
    [
      'a Serbian sign-up whose two fields both say autocomplete="current-password" (copied markup)',
      '<form><h1>Регистрација корисника</h1><input name="ime"><input type="email"><label for="a">Лозинка</label><input id="a" type="password" autocomplete="current-password"><label for="b">Поновите лозинку</label><input id="b" type="password" autocomplete="current-password"><label><input type="checkbox"> Прихватам <a href="/u">услове</a></label><button>Региструј се</button></form>',
      'create-account',
      ['a:new', 'b:confirm'],
    ],
    [
      'a change form whose current field says so only by autocomplete, under a "Change password" heading',
      '<form><h1>Change password</h1><input type="email"><input name="name"><input id="o" type="password" autocomplete="current-password"><input id="n" type="password" autocomplete="new-password"><input id="c" type="password" autocomplete="new-password"><button>Change password</button></form>',
      'new-password',
      ['o:current', 'n:new', 'c:confirm'],
    ],
    [
      'a Latvian login whose field says autocomplete="new-password" (against autofill)',
      '<h1>Pieslēgties klientu portālam</h1><form><input name="username"><input id="p" type="password" autocomplete="new-password"><button>Pieslēgties</button><a href="/f">Aizmirsi paroli?</a></form>',
      'login',
      ['p:current'],
    ],
    [
      'a login with a password and a 4-digit PIN, in a language without words here (Oromo)',
      '<h1>Seensa maamilaa</h1><form><input name="userId"><input id="a" type="password" name="password"><input id="b" type="password" name="pin" inputmode="numeric" maxlength="4"><button>Seeni</button></form>',
      'login',
      ['a:current', 'b:current'],
    ],
    [
      'a captive portal login whose only evidence is a terms checkbox (Mongolian)',
      '<form><input type="tel" name="phone"><input id="p" type="password"><label><input type="checkbox" name="terms"> <a href="/terms">Үйлчилгээний нөхцөл</a>-ийг зөвшөөрч байна</label><button>Нэвтрэх</button></form>',
      'login',
      ['p:current'],
    ],
    [
      'a login whose only evidence is a password-rules hint (Tigrinya)',
      '<h1>ናብ ሕሳብካ እቶ</h1><form><input type="email"><input id="p" type="password" aria-describedby="h"><p id="h">መሕለፊ ቃል ብውሑዱ 8 ፊደላት</p><button>እቶ</button><a href="/r">መሕለፊ ቃል ረሲዕካ?</a></form>',
      'login',
      ['p:current'],
    ],
    [
      'a sign-up told by the fields around its one password (Yoruba)',
      '<h1>Ṣẹ̀dá àkọọ́lẹ̀ tuntun</h1><form><input name="oruko"><input type="email"><input id="p" type="password"><button>Ṣẹ̀dá àkọọ́lẹ̀</button></form>',
      'create-account',
      ['p:new'],
    ],
    [
      'a Slovenian login whose field says autocomplete="new-password"',
      '<h1>Prijava</h1><form><input type="email"><input id="p" type="password" autocomplete="new-password"><button>Prijava</button><a href="/p">Ste pozabili geslo?</a></form>',
      'login',
      ['p:current'],
    ],
    [
      'a login with a password and a memorable word',
      '<h1>Log on to Internet Banking</h1><form><input name="user"><input id="a" type="password"><input id="b" type="password"><button>Continue</button><a href="/f">Forgotten your logon details?</a></form>',
      'login',
      ['a:current', 'b:current'],
    ],
  ];
  it.each(cases)('%s', (_name, html, kind, roles) => {
    expect(summary(domOf(html).window.document)).toEqual([{ kind, roles }]);
  });

  it('splits one <form> around a login box and a sign-up box (ASP.NET pages)', () => {
    const { window } = domOf(
      '<form id="aspnetForm"><div class="boxes">' +
        '<div><h3>Returning customers</h3><input type="text" id="le"><input type="password" id="lp"><input type="submit" value="Sign In"><a href="/f">Forgot password?</a></div>' +
        '<div><h3>New customers</h3><input type="text" id="re"><input type="password" id="rp"><input type="submit" value="Create Account"></div>' +
        '</div></form>',
    );
    expect(summary(window.document)).toEqual([
      { kind: 'login', roles: ['lp:current'] },
      { kind: 'create-account', roles: ['rp:new'] },
    ]);
  });

  it('lets each of two forms side by side speak for itself only', () => {
    const { window } = domOf(
      '<div class="cols"><div><h2>Déjà client ?</h2><form><input type="email"><input id="l" type="password"><a href="/o">Mot de passe oublié ?</a><button>Me connecter</button></form></div>' +
        '<div><h2>Nouveau client ?</h2><form><input name="nom"><input type="email"><input id="n" type="password"><button>Valider</button></form></div></div>',
    );
    expect(summary(window.document)).toEqual([
      { kind: 'login', roles: ['l:current'] },
      { kind: 'create-account', roles: ['n:new'] },
    ]);
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
