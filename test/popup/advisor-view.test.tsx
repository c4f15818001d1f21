// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { resetFakeBrowser } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
});
afterEach(cleanup);

const choose = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));

describe('How to log in', () => {
  it('names the two ways to log in and that they are separate accounts, before any answer', () => {
    render(<App initialView="advisor" />);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    const heading = screen.getByRole('heading', { level: 3, name: 'Two ways to log in at UDI' });
    const box = heading.parentElement as HTMLElement;
    const ways = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(ways).toEqual([
      'ID-porten, with BankID, Buypass or Commfides',
      'Email and password: a user account at UDI',
    ]);
    expect(
      within(box).getByText(/separate accounts: an application made under one cannot be seen/),
    ).toBeTruthy();
    // Before the questions, so it is read first.
    const firstQuestion = screen.getByRole('group', { name: 'Who are you applying for?' });
    expect(heading.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps the two ways in view once the advice is shown', () => {
    render(<App initialView="advisor" />);
    choose('Myself');
    choose('BankID');
    expect(screen.getByRole('heading', { level: 3, name: 'Two ways to log in at UDI' })).toBeTruthy();
  });

  it('waits for both answers before advising', () => {
    render(<App initialView="advisor" />);
    expect(screen.getByText('Answer both questions to see the advice.')).toBeTruthy();
    choose('Myself');
    expect(screen.queryByRole('heading', { name: 'Our advice' })).toBeNull();
  });

  it('says UDI recommends ID-porten for yourself with BankID, and keeps email + password allowed', () => {
    render(<App initialView="advisor" />);
    choose('Myself');
    choose('BankID');
    expect(screen.getByText('UDI recommends: ID-porten')).toBeTruthy();
    expect(screen.getByText('Email and password: allowed')).toBeTruthy();
    expect(screen.getByText(/Extra security/)).toBeTruthy();
    expect(screen.getByText(/two separate accounts/)).toBeTruthy();
  });

  it('lists what only ID-porten shows on My page', () => {
    render(<App initialView="advisor" />);
    choose('Myself');
    choose('Buypass');
    const reason = screen.getByText(/^Only with ID-porten does My page show/);
    expect(reason.textContent).toContain('the contact details UDI has registered about you');
    expect(reason.textContent).toContain('your residence in Norway and whether you may work');
    expect(reason.textContent).toContain('a PDF confirming legal residence');
  });

  it('says MinID is not enough', () => {
    render(<App initialView="advisor" />);
    choose('Myself');
    choose('MinID only');
    expect(screen.getByText('You must log in with: Email and password')).toBeTruthy();
    expect(screen.getByText('ID-porten: not an option')).toBeTruthy();
    expect(screen.getByText(/MinID is not enough/)).toBeTruthy();
  });

  it('tells an employer that they must not use ID-porten', () => {
    render(<App initialView="advisor" />);
    choose('An employee (I am the employer)');
    choose('Commfides');
    expect(screen.getByText('You must log in with: Email and password')).toBeTruthy();
    expect(screen.getByText('An employer must not use ID-porten for an employee.')).toBeTruthy();
    expect(screen.getByText(/Do not log in with your own ID-porten for an employee/)).toBeTruthy();
  });

  it('changes the advice when an answer changes', () => {
    render(<App initialView="advisor" />);
    choose('My child');
    choose('Buypass');
    expect(screen.getByText(/You, not they, receive UDI’s answer/)).toBeTruthy();
    choose('Someone else (as a lawyer, helper, organisation or friend)');
    expect(screen.queryByText(/You, not they/)).toBeNull();
    expect(
      screen.getByText(/UDI recommends email and password when you apply on behalf of someone else/),
    ).toBeTruthy();
  });

  it('for someone else recommends email and password, without forbidding ID-porten', () => {
    render(<App initialView="advisor" />);
    choose('Someone else (as a lawyer, helper, organisation or friend)');
    choose('BankID');
    expect(screen.getByText('UDI recommends: Email and password')).toBeTruthy();
    expect(screen.getByText('ID-porten: allowed')).toBeTruthy();
    expect(screen.getByText(/^Not forbidden, but/)).toBeTruthy();
    const advice = document.querySelector('.advice') as HTMLElement;
    expect(advice.dataset.strength).toBe('recommended');
    expect(advice.textContent).not.toMatch(/\bmust\b|not for you|only for yourself/i);
  });

  it('keeps the answers while the applicant looks at another section', async () => {
    render(<App initialView="advisor" />);
    choose('Myself');
    choose('Buypass');
    fireEvent.click(screen.getByRole('button', { name: 'Problems' }));
    fireEvent.click(screen.getByRole('button', { name: 'How to log in' }));
    expect((screen.getByRole('radio', { name: 'Buypass' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('UDI recommends: ID-porten')).toBeTruthy();
  });

  it('starts a note in My applications with the answer filled in', async () => {
    render(<App initialView="advisor" />);
    choose('My child');
    choose('BankID');
    fireEvent.click(screen.getByRole('button', { name: 'Note this in My applications' }));
    expect(await screen.findByRole('heading', { name: 'New note' })).toBeTruthy();
    expect((screen.getByLabelText('Who it is for') as HTMLSelectElement).value).toBe('child');
    expect((screen.getByLabelText('How you logged in when you created it') as HTMLSelectElement).value).toBe(
      'email',
    );
  });
});
