import { describe, expect, it } from 'vitest';
import {
  type CheckEvent,
  type CheckState,
  initialState,
  reduce,
  wantsStrength,
} from '../../../src/content/mount/check-state.ts';
import {
  alertOf,
  mismatch,
  type Surroundings,
  verdictName,
  view,
} from '../../../src/content/mount/check-view.ts';
import { readPageLimits } from '../../../src/policy/page-limits.ts';

const AROUND: Surroundings = {
  focused: true,
  shown: true,
  confirmLinked: false,
  confirmFocused: false,
  confirmShown: false,
  setting: 16,
  fillable: true,
};
const run = (events: CheckEvent[], start: CheckState = initialState('')) => events.reduce(reduce, start);
const typed = (value: string): CheckEvent => ({ type: 'value', value, arrival: 'typed' });
const limits = (attributes: { maxlength?: string; minlength?: string; pattern?: string; title?: string }) =>
  readPageLimits({ minlength: null, maxlength: null, pattern: null, title: null, ...attributes });

describe('the check’s state', () => {
  it('follows typing: empty, incomplete, refused, ok', () => {
    expect(verdictName(initialState(''))).toBe('empty');
    expect(verdictName(run([typed('abc')]))).toBe('incomplete');
    expect(verdictName(run([typed('abcÆ1')]))).toBe('refused');
    expect(verdictName(run([typed('Abcdefg1')]))).toBe('ok');
  });

  it('is touched by leaving a filled field or by any arrival but typing, not by typing', () => {
    expect(run([typed('abc')]).touched).toBe(false);
    expect(run([typed('abc'), { type: 'blur' }]).touched).toBe(true);
    expect(run([{ type: 'blur' }]).touched).toBe(false);
    expect(run([{ type: 'value', value: 'abc', arrival: 'pasted' }]).touched).toBe(true);
  });

  it('warns loudly when a refused password arrived by paste, a manager or a script, not by typing or Generate', () => {
    for (const arrival of ['pasted', 'dropped', 'filled'] as const) {
      expect(alertOf(run([{ type: 'value', value: 'xK9#mP2$', arrival }]))).toBe('filled');
    }
    expect(alertOf(run([typed('xK9#mP2$')]))).toBeUndefined();
    expect(alertOf(run([{ type: 'value', value: 'Abcdefg1', arrival: 'filled' }]))).toBeUndefined();
  });

  it('explains a submit that went nowhere: the password, or the page’s switched-off button', () => {
    expect(alertOf(run([typed('abc'), { type: 'submit', button: 'enabled' }]))).toBe('submit');
    expect(alertOf(run([typed('Abcdefg1'), { type: 'submit', button: 'disabled' }]))).toBe('disabled');
    expect(alertOf(run([{ type: 'submit', button: 'disabled' }]))).toBe('disabled');
    // Both at once: the password is said first (the panel shows both paragraphs).
    expect(alertOf(run([typed('abc'), { type: 'submit', button: 'disabled' }]))).toBe('submit');
    expect(alertOf(run([typed('Abcdefg1'), { type: 'submit', button: 'enabled' }]))).toBeUndefined();
  });

  it('hides while dismissed or obscured, until the field is focused again', () => {
    const dismissed = run([typed('abc'), { type: 'dismiss' }]);
    expect(view(dismissed, AROUND).hidden).toBe(true);
    expect(view(run([{ type: 'focus' }], dismissed), AROUND).hidden).toBe(false);
    const obscured = run([typed('abc'), { type: 'obscured' }]);
    expect(view(obscured, AROUND).hidden).toBe(true);
    expect(view(run([{ type: 'focus' }], obscured), AROUND).hidden).toBe(false);
  });

  it('hides while the field is empty and unfocused (unless a submit was tried), or has no box', () => {
    expect(view(initialState(''), { ...AROUND, focused: false }).hidden).toBe(true);
    expect(view(initialState(''), AROUND).hidden).toBe(false);
    expect(view(run([{ type: 'submit', button: 'enabled' }]), { ...AROUND, focused: false }).hidden).toBe(
      false,
    );
    expect(view(run([typed('abc')]), { ...AROUND, shown: false }).hidden).toBe(true);
  });

  it('flags a confirmation that differs, once it is left or a submit was tried', () => {
    const state = run([typed('Abcdefg1'), { type: 'confirm', value: 'Abcdefg' }]);
    expect(mismatch(state)).toBe(true);
    const around = { ...AROUND, confirmLinked: true, confirmShown: true, confirmFocused: true };
    expect(view(state, around).showMismatch).toBe(false);
    expect(view(state, { ...around, confirmFocused: false }).showMismatch).toBe(true);
    expect(mismatch(run([{ type: 'confirm', value: 'Abcdefg1' }], state))).toBe(false);
    expect(mismatch(run([{ type: 'confirm', value: undefined }], state))).toBe(false);
    expect(mismatch(run([{ type: 'confirm', value: '' }], state))).toBe(false);
    expect(view(state, AROUND).confirmHidden).toBe(true);
  });

  it('toggles the characters, and announces progress only when asked (pause, blur)', () => {
    expect(run([{ type: 'toggle-characters' }]).showCharacters).toBe(true);
    expect(run([{ type: 'toggle-characters' }, { type: 'toggle-characters' }]).showCharacters).toBe(false);
    expect(run([typed('abc')]).status).toBeUndefined();
    expect(run([typed('abc'), { type: 'announce' }]).status).toEqual({
      key: 'overlay_status_progress',
      params: ['2', '5'],
    });
    expect(run([typed('Abcdefg1'), { type: 'blur' }]).status).toEqual({ key: 'overlay_ok' });
  });

  it('takes over a re-rendered field’s state only when it holds the same value', () => {
    const handover = { value: 'abc', arrival: 'typed' as const, touched: true, showCharacters: true };
    expect(initialState('abc', undefined, handover)).toMatchObject({
      arrival: 'typed',
      touched: true,
      showCharacters: true,
    });
    expect(initialState('other', undefined, handover)).toMatchObject({ arrival: undefined, touched: false });
  });
});

describe('how easy an accepted password is to guess', () => {
  const weak = { weak: true, reasons: [{ key: 'strength_reason_common' as const }], advice: [] };
  const accepted = run([typed('Passord1')]);

  it('asks only for a value UDI accepts that it has no estimate for, and keeps the estimate for that value only', () => {
    expect(wantsStrength(run([typed('abc')]))).toBe(false);
    expect(wantsStrength(accepted)).toBe(true);
    const estimated = run([{ type: 'strength', value: 'Passord1', verdict: weak }], accepted);
    expect(wantsStrength(estimated)).toBe(false);
    expect(view(estimated, AROUND).strength).toEqual(weak);
    // An estimate for a value the applicant has typed past is dropped; a new value needs its own.
    expect(run([{ type: 'strength', value: 'Passord', verdict: weak }], accepted).strength).toBeUndefined();
    expect(run([typed('Passord12')], estimated).strength).toBeUndefined();
  });

  it('is never shown for a password UDI or the page refuses', () => {
    const page = limits({ maxlength: '7' });
    const refusedByPage = run(
      [typed('Passord1'), { type: 'strength', value: 'Passord1', verdict: weak }],
      initialState('', page),
    );
    expect(verdictName(refusedByPage)).toBe('page-refused');
    expect(view(refusedByPage, AROUND).strength).toBeUndefined();
  });
});

describe('the check with the page’s own limits', () => {
  const b2c = limits({ pattern: '[A-Za-z0-9!#]{8,16}', title: '8 to 16 characters' });

  it('calls a password UDI accepts but the page refuses page-refused, with the page’s words', () => {
    const state = run([typed('Abcdefgh123456789')], initialState('', b2c));
    expect(verdictName(state)).toBe('page-refused');
    expect(view(state, AROUND).pageTitle).toBe('8 to 16 characters');
    expect(verdictName(run([typed('Abcdefgh12345678')], state))).toBe('ok');
  });

  it('re-checks the value when the page declares its limits later', () => {
    const state = run([typed('Abcdefgh123456789')]);
    expect(verdictName(state)).toBe('ok');
    expect(verdictName(run([{ type: 'limits', limits: b2c }], state))).toBe('page-refused');
  });

  it('offers a generator that fits the page, says when it is capped, and none when nothing fits', () => {
    expect(view(initialState(''), AROUND).generator).toEqual({ length: 16, bits: 95, capped: undefined });
    expect(view(initialState('', limits({ maxlength: '12' })), AROUND).generator).toEqual({
      length: 12,
      bits: 71,
      capped: 12,
    });
    expect(view(initialState('', limits({ maxlength: '6' })), AROUND).generator).toBe('none-fits');
    const noFit = run([{ type: 'no-fit' }], initialState('', b2c));
    expect(view(noFit, AROUND).generator).toBe('none-fits');
    // New limits are worth a new try.
    expect(view(run([{ type: 'limits', limits: undefined }], noFit), AROUND).generator).toMatchObject({
      length: 16,
    });
  });

  it('offers no fill into a field that shows the password in clear, and says why', () => {
    expect(view(run([typed('abc')]), { ...AROUND, fillable: false }).generator).toBe('clear-text');
  });
});
