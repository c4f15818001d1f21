/**
 * Word signals for the form finder, in the languages UDI's applicants and the web use most. Each pattern
 * runs on lower-cased text. They only tip the balance: structure and autocomplete tokens decide first.
 * Latin-script stems are matched loosely on purpose ("registr" covers register, registrer, registrieren).
 */

/** A field that repeats the new password. */
export const CONFIRM_WORDS =
  /confirm|repeat|re-?enter|re-?type|again|verif(y|ier)|bekreft|gjenta|stadfest|bekräfta|upprepa|gentag|bestätig|wiederhol|confirmer|confirmation|répét|confirmar|repetir|conferma|ripeti|herhaal|bevestig|powtórz|potwierdź|подтвер|повтор|підтвер|تأكيد|أعد|确认|確認|再入力|재입력/;

/** The same, as developers name fields: `reenterPassword`, `password_confirmation`, `ConfirmPassword`, `pwd2`. */
export const CONFIRM_CODE =
  /confirm|re_?enter|re_?type|repeat|again|verify|password_?2\b|pwd_?2\b|pass_?2\b|cpass|passwd2/;

/** A field for a new password. */
export const NEW_WORDS =
  /\bnew\b|create|choose|\bset\b|\bnytt?\b|velg|\blag\b|opprett|\bnya?\b|välj|skapa|\bnyt\b|vælg|opret|\bneue?s?\b|wählen|nouveau|nouvelle|choisi|nuev[oa]|elige|nuov[oa]|scegli|nov[oa]\b|nieuw|kies|now[ey]|новый|нов|новий|جديد/;

export const NEW_CODE =
  /new_?pass|newpwd|new_?pw|password_?1\b|pwd_?1\b|create_?pass|signup_?pass|reg_?pass|set_?pass/;

/** A field for the password someone already has (login, or the old one in a change form). */
export const CURRENT_WORDS =
  /current|\bold\b|existing|present|nåværende|noverande|gammelt?|gamalt|eksisterande|eksisterende|nuvarande|nuværende|nuvärande|aktuell|bisherig|\balte?s?\b|actuel|ancien|actual|anterior|attuale|vecchia|huidig|\boude?\b|obecne|stare|текущ|стар|поточн|старий|الحالية|الحالي|القديمة/;

export const CURRENT_CODE = /current|old_?pass|oldpwd|existing|curr_?pass|present/;

/** Around a form that creates an account. */
export const CREATE_ACCOUNT_WORDS =
  /create (a |an |your |user )?(user )?account|sign ?up|regist|join|get started|new (user|account)|opprett|ny bruker|lag (en )?(ny )?konto|brukerkonto|skapa konto|opret konto|konto erstellen|créer|inscri|crear (una )?cuenta|crea (un )?account|account aanmaken|załóż konto|зарегистр|регистрац|создать (аккаунт|учетную)|створити|зареєстр|реєстрац|إنشاء حساب|تسجيل حساب/;

/** Around a form that sets a new password for an existing account (reset, change, expired). */
export const SET_PASSWORD_WORDS =
  /(reset|change|update|set|choose|create|new) (your |a )?password|password (reset|change)|nytt passord|endre passord|bytt passord|tilbakestill|velg (et )?passord|lag (et )?passord|byt lösenord|nytt lösenord|ändra lösenord|nulstil|skift adgangskode|passwort (ändern|zurücksetzen)|neues passwort|(changer|réinitialiser) (le |votre )?mot de passe|nouveau mot de passe|(cambiar|restablecer) (la |tu )?contraseña|nueva contraseña|сменить пароль|новый пароль|змінити пароль|новий пароль|كلمة المرور الجديدة|تغيير كلمة المرور/;

/** Around a login form. */
export const LOGIN_WORDS =
  /log ?in|sign ?in|log ?on|logg inn|logg på|innlogging|logga in|log ind|anmelden|einloggen|se connecter|connexion|iniciar sesión|entrar|accedi|inloggen|zaloguj|войти|вход|увійти|вхід|تسجيل الدخول|remember me|husk meg|keep me signed|stay signed/;

/** "Forgot password" links sit on login forms, not on the forms that create a password. */
export const FORGOT_WORDS =
  /forgot|forgotten|glemt|gløymt|glömt|vergessen|oublié|olvidaste|olvidó|dimenticat|vergeten|zapomniał|забыли|забули|نسيت/;
