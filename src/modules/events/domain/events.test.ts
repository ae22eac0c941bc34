import { describe, expect, it } from 'vitest';
import { capacityProblem, eventStanding, placeProblem, registrationRefusal, timesProblem, type RegistrationFacts } from './events.js';

const at = (iso: string) => new Date(iso);
const event: RegistrationFacts = {
  status: 'published',
  startsAt: at('2030-05-10T10:00:00Z'),
  registrationOpensAt: at('2030-05-01T00:00:00Z'),
  registrationClosesAt: at('2030-05-09T00:00:00Z'),
  registrationPaused: false,
  minAge: null,
};
const now = at('2030-05-05T12:00:00Z');
const newcomer = { state: null, age: 30 };

describe('an event’s times, place and capacity', () => {
  it('ends after it starts, within 31 days; registration closes by the end and after it opens', () => {
    const base = { startsAt: at('2030-05-10T10:00:00Z'), endsAt: at('2030-05-10T12:00:00Z'), registrationOpensAt: null, registrationClosesAt: null };
    expect(timesProblem(base)).toBeNull();
    expect(timesProblem({ ...base, endsAt: base.startsAt })).toEqual({ field: 'endsAt', code: 'event_ends_before_start' });
    expect(timesProblem({ ...base, endsAt: at('2030-06-11T11:00:00Z') })?.code).toBe('event_too_long');
    expect(timesProblem({ ...base, registrationClosesAt: at('2030-05-10T13:00:00Z') })?.code).toBe('event_registration_closes_after_end');
    expect(timesProblem({ ...base, registrationOpensAt: at('2030-05-09T00:00:00Z'), registrationClosesAt: at('2030-05-08T00:00:00Z') })?.code).toBe(
      'event_registration_closes_before_opens',
    );
  });

  it('happens at a point or online; an online event needs its link', () => {
    expect(placeProblem({ kind: 'cleanup', lat: 59.9, lon: 30.3, onlineUrl: null })).toBeNull();
    expect(placeProblem({ kind: 'cleanup', lat: 59.9, lon: null, onlineUrl: null })?.code).toBe('event_place_incomplete');
    expect(placeProblem({ kind: 'online', lat: null, lon: null, onlineUrl: null })?.code).toBe('event_online_link_required');
    expect(placeProblem({ kind: 'meeting', lat: null, lon: null, onlineUrl: null })?.code).toBe('event_place_required');
    expect(placeProblem({ kind: 'meeting', lat: null, lon: null, onlineUrl: 'https://x.example' })).toBeNull();
  });

  it('a capacity never below those registered', () => {
    expect(capacityProblem(3, 4)).toEqual({ field: 'capacity', code: 'event_capacity_below_registered', params: { registered: 4 } });
    expect(capacityProblem(4, 4)).toBeNull();
    expect(capacityProblem(null, 400)).toBeNull();
  });
});

describe('who may register now', () => {
  it.each([
    ['a newcomer within the window', event, newcomer, now, null],
    ['a cancelled event', { ...event, status: 'cancelled' as const }, newcomer, now, 'event_cancelled'],
    ['an event that started', event, newcomer, at('2030-05-10T10:00:00Z'), 'event_started'],
    ['before the window', event, newcomer, at('2030-04-30T23:59:59Z'), 'event_registration_not_open'],
    ['after the window', event, newcomer, at('2030-05-09T00:00:00Z'), 'event_registration_closed'],
    ['registration paused', { ...event, registrationPaused: true }, newcomer, now, 'event_registration_paused'],
    ['already registered', event, { state: 'registered' as const, age: 30 }, now, 'event_already_registered'],
    ['already waiting', event, { state: 'waitlisted' as const, age: 30 }, now, 'event_already_registered'],
    ['cancelled before: may again', event, { state: 'cancelled' as const, age: 30 }, now, null],
    ['age unknown with a limit', { ...event, minAge: 18 }, { state: null, age: null }, now, 'event_age_unknown'],
    ['under age', { ...event, minAge: 18 }, { state: null, age: 17 }, now, 'event_under_age'],
    ['of age', { ...event, minAge: 18 }, { state: null, age: 18 }, now, null],
    ['no limit, age unknown', event, { state: null, age: null }, now, null],
  ])('%s', (_name, e, person, when, expected) => {
    expect(registrationRefusal(e, person, when)).toBe(expected);
  });
});

describe('where an event stands for anyone', () => {
  const shown = { ...event, endsAt: at('2030-05-10T12:00:00Z'), isFull: false };
  it.each([
    ['registration open', shown, now, 'open'],
    ['full (newcomers wait)', { ...shown, isFull: true }, now, 'full'],
    ['an age limit does not matter', { ...shown, minAge: 18 }, now, 'open'],
    ['before the window', shown, at('2030-04-30T23:59:59Z'), 'not_open'],
    ['after the window', shown, at('2030-05-09T00:00:00Z'), 'closed'],
    ['paused', { ...shown, registrationPaused: true }, now, 'closed'],
    ['under way', shown, at('2030-05-10T11:00:00Z'), 'started'],
    ['over', shown, at('2030-05-10T12:00:00Z'), 'ended'],
    ['cancelled', { ...shown, status: 'cancelled' as const }, now, 'cancelled'],
  ])('%s', (_name, e, when, expected) => {
    expect(eventStanding(e, when)).toBe(expected);
  });
});
