import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listenLive, liveResync } from './live.js';

/** A stand-in for the browser's EventSource: records what the page opened and lets the test play the server. */
class FakeSource {
  static readonly CLOSED = 2;
  static opened: FakeSource[] = [];
  readyState = 1;
  closed = false;
  private readonly listeners = new Map<string, ((e: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }
  addEventListener(type: string, l: (e: { data: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  close() {
    this.closed = true;
    this.readyState = FakeSource.CLOSED;
  }
  emit(type: string, data: unknown = null) {
    for (const l of this.listeners.get(type) ?? []) l({ data: JSON.stringify(data) });
  }
}
const open = () => FakeSource.opened.filter((s) => !s.closed);

// test files share their worker (isolate: false): the stand-in is there for this file only
/** The page's visibility, as the browser's document reports it. */
const page = {
  visibilityState: 'visible' as 'visible' | 'hidden',
  listeners: [] as (() => void)[],
  addEventListener(_type: 'visibilitychange', l: () => void) {
    this.listeners.push(l);
  },
  show(state: 'visible' | 'hidden') {
    this.visibilityState = state;
    for (const l of this.listeners) l();
  },
};
beforeAll(() => {
  vi.stubGlobal('EventSource', FakeSource);
  vi.stubGlobal('document', page);
});
afterAll(() => void vi.unstubAllGlobals());
afterEach(() => {
  FakeSource.opened = [];
  vi.useRealTimers();
});

describe('the page’s live stream (useLive)', () => {
  it('opens one stream for every listener of the signed-in person and calls each with its type’s data', () => {
    const messages: unknown[] = [];
    const other: unknown[] = [];
    const stop1 = listenLive('u1', 'message', (d) => messages.push(d));
    const stop2 = listenLive('u1', 'group.post', (d) => other.push(d));
    expect(open()).toHaveLength(1);
    expect(open()[0]!.url).toBe('/api/live');
    open()[0]!.emit('live.open');
    open()[0]!.emit('message', { conversationId: 'c1', messageId: 'm1' });
    expect(messages).toEqual([{ conversationId: 'c1', messageId: 'm1' }]);
    expect(other).toEqual([]);
    stop1();
    expect(open()).toHaveLength(1);
    stop2();
    // the last listener gone: the stream is closed
    expect(open()).toHaveLength(0);
  });

  it('opens nothing for a signed-out visitor', () => {
    const stop = listenLive(null, 'message', () => undefined);
    expect(FakeSource.opened).toHaveLength(0);
    stop();
  });

  it('tells resync listeners when the stream opens again after a drop, not at its first opening', () => {
    const resyncs: unknown[] = [];
    const stop = listenLive('u1', liveResync, (d) => resyncs.push(d));
    const s = open()[0]!;
    s.emit('live.open');
    expect(resyncs).toHaveLength(0);
    // the browser reconnected by itself
    s.emit('live.open');
    expect(resyncs).toHaveLength(1);
    // the server lost its own feed
    s.emit('live.resync');
    expect(resyncs).toHaveLength(2);
    stop();
  });

  it('tries a refused stream (a 401, 429 or 503) again after a pause, and then asks for a refetch', () => {
    vi.useFakeTimers();
    const resyncs: unknown[] = [];
    const stop = listenLive('u1', liveResync, (d) => resyncs.push(d));
    const first = open()[0]!;
    first.emit('live.open');
    first.readyState = FakeSource.CLOSED;
    first.emit('error');
    vi.advanceTimersByTime(30_000);
    const second = open().at(-1)!;
    expect(second).not.toBe(first);
    second.emit('live.open');
    expect(resyncs).toHaveLength(1);
    stop();
  });

  it('lets the stream go when the page has been hidden a minute, and takes it up again with a resync when shown', () => {
    vi.useFakeTimers();
    const resyncs: unknown[] = [];
    const stop = listenLive('u1', liveResync, (d) => resyncs.push(d));
    open()[0]!.emit('live.open');
    page.show('hidden');
    vi.advanceTimersByTime(59_000);
    expect(open()).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(open()).toHaveLength(0);
    page.show('visible');
    expect(open()).toHaveLength(1);
    open()[0]!.emit('live.open');
    expect(resyncs).toHaveLength(1);
    // hidden for a moment only: the stream stays
    page.show('hidden');
    vi.advanceTimersByTime(10_000);
    page.show('visible');
    vi.advanceTimersByTime(60_000);
    expect(FakeSource.opened).toHaveLength(2);
    expect(open()).toHaveLength(1);
    stop();
  });

  it('opens a new stream when another person signs in', () => {
    const stop1 = listenLive('u1', 'message', () => undefined);
    const first = open()[0]!;
    const stop2 = listenLive('u2', 'message', () => undefined);
    expect(first.closed).toBe(true);
    const second = open()[0]!;
    // the first person's listener leaving later does not bring their stream back
    stop1();
    expect(open()).toEqual([second]);
    stop2();
    expect(open()).toHaveLength(0);
  });
});
