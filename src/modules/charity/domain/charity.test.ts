import { describe, expect, it } from 'vitest';
import {
  causeActAllowed,
  causeProblem,
  paymentDomain,
  progressPercent,
  validCorrespondentAccount,
  validInn,
  validOgrn,
  validSettlementAccount,
  type CauseGiving,
} from './charity.js';

// real, published numbers (Sberbank) and the demo city's invented but checksum-valid ones
const sber = { inn: '7707083893', ogrn: '1027700132195', bik: '044525225', corr: '30101810400000000225' };
const demo = { bik: '044030999', corr: '30101810400000000999', account: '40703810900000000001' };

describe('registration numbers', () => {
  it('ИНН: 10 digits (organisation) and 12 (person) with their check digits', () => {
    expect(validInn(sber.inn)).toBe(true);
    expect(validInn('500100732259')).toBe(true);
    expect(validInn('7707083894')).toBe(false);
    expect(validInn('500100732250')).toBe(false);
    expect(validInn('770708389')).toBe(false);
    expect(validInn('77070838９3')).toBe(false);
    expect(validInn('')).toBe(false);
  });
  it('ОГРН: 13 digits mod 11 and ОГРНИП 15 digits mod 13', () => {
    expect(validOgrn(sber.ogrn)).toBe(true);
    expect(validOgrn('1027700132196')).toBe(false);
    expect(validOgrn('304500116000157')).toBe(true);
    expect(validOgrn('304500116000158')).toBe(false);
    expect(validOgrn('10277001321')).toBe(false);
  });
});

describe('bank details', () => {
  it('a correspondent account matches its БИК (key and last three digits)', () => {
    expect(validCorrespondentAccount(sber.corr, sber.bik)).toBe(true);
    expect(validCorrespondentAccount(demo.corr, demo.bik)).toBe(true);
    expect(validCorrespondentAccount('30101810500000000225', sber.bik)).toBe(false);
    expect(validCorrespondentAccount(sber.corr, demo.bik)).toBe(false);
    expect(validCorrespondentAccount('40101810400000000225', sber.bik)).toBe(false);
  });
  it('a settlement account matches its БИК by the Bank of Russia key', () => {
    expect(validSettlementAccount(demo.account, demo.bik)).toBe(true);
    expect(validSettlementAccount('40702810200000000001', sber.bik)).toBe(true);
    expect(validSettlementAccount('40703810800000000001', demo.bik)).toBe(false);
    expect(validSettlementAccount(demo.account, '144030999')).toBe(false);
    expect(validSettlementAccount('4070381090000000001', demo.bik)).toBe(false);
  });
});

describe('payment link', () => {
  it('only https addresses with a plain domain, which is shown', () => {
    expect(paymentDomain('https://pay.example.ru/cause/1')).toBe('pay.example.ru');
    expect(paymentDomain('https://ПРИМЕР.рф/pay')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(paymentDomain('http://pay.example.ru/')).toBeNull();
    expect(paymentDomain('javascript:alert(1)')).toBeNull();
    expect(paymentDomain('https://user:pw@pay.example.ru/')).toBeNull();
    expect(paymentDomain('https://192.168.0.1/')).toBeNull();
    expect(paymentDomain('https://localhost/')).toBeNull();
  });
});

describe('a cause’s facts', () => {
  const bank: CauseGiving = {
    inn: sber.inn,
    ogrn: sber.ogrn,
    method: 'bank',
    paymentUrl: null,
    bank: { recipient: 'Фонд', bankName: 'Банк', bik: demo.bik, account: demo.account, correspondentAccount: demo.corr },
    targetRubles: 100_000,
    collectedRubles: 0,
  };
  it('names the first wrong field', () => {
    expect(causeProblem(bank)).toBeNull();
    expect(causeProblem({ ...bank, inn: '1234567890' })).toEqual({ field: 'inn', code: 'cause_inn_invalid' });
    expect(causeProblem({ ...bank, ogrn: '1234567890123' })).toEqual({ field: 'ogrn', code: 'cause_ogrn_invalid' });
    expect(causeProblem({ ...bank, bank: { ...bank.bank!, account: '40703810800000000001' } })).toEqual({ field: 'account', code: 'cause_account_invalid' });
    expect(causeProblem({ ...bank, bank: { ...bank.bank!, correspondentAccount: sber.corr } })?.field).toBe('correspondentAccount');
    expect(causeProblem({ ...bank, bank: null })?.code).toBe('cause_bank_required');
    expect(causeProblem({ ...bank, method: 'link', bank: null, paymentUrl: 'http://pay.example.ru' })?.code).toBe('cause_payment_url_not_https');
    expect(causeProblem({ ...bank, method: 'link', paymentUrl: 'https://pay.example.ru' })?.code).toBe('cause_one_way_to_give');
    expect(causeProblem({ ...bank, targetRubles: 0 })?.code).toBe('cause_target_required');
  });
  it('progress and the acts each state allows', () => {
    expect(progressPercent(25_000, 100_000)).toBe(25);
    expect(progressPercent(150, 100)).toBe(100);
    expect(progressPercent(5, 0)).toBe(0);
    expect(causeActAllowed('draft', 'approve')).toBe(true);
    expect(causeActAllowed('approved', 'approve')).toBe(false);
    expect(causeActAllowed('approved', 'close')).toBe(true);
    expect(causeActAllowed('closed', 'report')).toBe(false);
  });
});
