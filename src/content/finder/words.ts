/**
 * Words for the finder's text signals, run on lower-cased text, in the languages UDI's applicants and the web
 * use most: English, the Scandinavian languages, German, Dutch, French, Spanish, Portuguese, Italian, Polish,
 * Lithuanian, Latvian, Romanian, Serbian, Croatian, Slovenian, Bulgarian, Russian, Ukrainian, Turkish,
 * Vietnamese, Indonesian, Chinese, Japanese, Korean, Hindi, Arabic and Persian.
 * Structure decides first (signals.ts); these only tip the balance, so each list is kept short: stems
 * ("regist" covers register, registrieren, registrarse, registrati) and the phrases sites actually print.
 * Every list costs bytes on every UDI page (the finder's budget is 6 KB gzip, words included): add a word
 * when a labelled page shows it is missing, and prefer a structural signal when there is one.
 */

/**
 * A form that gives someone a new password: sign up, register, join, create, new, choose, set, reset, change.
 * ("Create account", "Registrieren", "Придумайте пароль", "设置密码", "Şifre Değiştir", "ثبت نام".)
 */
export const FRESH =
  /sign ?up|re[gģ]ist|rejestr|join|get started|trial|\bcrea|\bnew\b|choose|\bset\b|reset|\bchange|opp?ret|\bnye?\b|nytt|velg|\blag\b|bli medlem|skapa|erstell|anleg|\bneue?[sn]?\b|inscri|créer|nouve|défini|cri[ae]|nuev|cadastr|nov[ao]\b|nuov|nieuw|załóż|now[eya]\b|регистр|реєстр|созда|створ|нов|придума|üye ol|kayıt|oluştur|yeni|đăng ký|tạo|mới|daftar|buat|baru|注册|註冊|加入|登録|作成|新|设置|設定|가입|새|साइन अप|बनाएं|पंजीकरण|नया|إنشاء|جديد|انضم|تسجيل(?! ?الدخول)|ثبت.?نام|عضویت|ایجاد|جدید/;

/** What a login form says. */
export const LOGIN =
  /log ?in|sign ?in|log ?on|welcome back|logg (inn|på)|logga in|log ind|anmeld|einlog|inlog|connex|connect|iniciar|entrar|acced|ingres|acess|zalog|pieslēg|prisijung|prijav|войти|вход|увійти|вхід|giriş|đăng nhập|masuk|登录|登入|登錄|ログイン|로그인|लॉग ?इन|साइन इन|دخول|ورود/;

/** A link away from a login form: "Forgot your password?". */
export const FORGOT =
  /forgot|lost|trouble|recover|glemt|gløymt|glömt|vergessen|oubli|olvid|esquec|dimentic|vergeten|pamięt|zapomn|aizmirs|pamirš|pozab|zaborav|заборав|забрав|uitat|забыл|забул|unuttu|quên|lupa|忘|찾기|भूल|نسيت|فراموش/;

/** A field that repeats the new password. Structure decides most (the second of two fields): few words needed. */
export const CONFIRM =
  /confirm|repeat|again|re-?(enter|type)|bekr|gjenta|wiederhol|bestätig|répét|repe?t|conferm|atkārt|pakart|potvrd|понов|ponov|подтвер|повтор|确认|確認|확인/;

/** A field for the password someone already has. Structure decides most (the first of three fields). */
export const CURRENT =
  /current|\bold\b|existing|\balte|a[ck]tu[aeá]l|atual|текущ|стар|mevcut|eski|当前|旧|舊|현재/;

/**
 * A password requirements hint is a length: "At least 8 characters", "8–16 tegn", "حداقل ۸ کاراکتر",
 * "半角英数字8文字以上". In every language it carries a number between 4 and 64, so that is what is looked
 * for (Arabic, Persian and full-width digits made ASCII first by `asciiDigits`).
 */
export const RULES = /(^|\D)([4-9]|[1-5]\d|6[0-4])(\D|$)/;
export const asciiDigits = (text: string): string =>
  text.replace(/[٠-٩۰-۹０-９]/g, (digit) => String(digit.charCodeAt(0) & 15));

/** How developers name the fields: `newPassword`, `reenterPassword`, `password_confirmation`, `oldPassword`. */
export const NEW_CODE = /new_?p|(reg|set)_?pass/;
export const CONFIRM_CODE =
  /confirm|re_?(enter|type)|repeat|again|verify|(password|passwd|pass|pwd)_?2\b|cpass/;
export const CURRENT_CODE = /curr|old_?p/;
/** A "remember me" checkbox, as developers name it (its label's words are many: the name is enough). */
export const REMEMBER = /rememb|keep|persist|stay|auto|long|save/;
