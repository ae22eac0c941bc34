import { describe, expect, it } from 'vitest';
import { tileOrigin } from './app.js';

describe('the content security policy allows the configured map tiles', () => {
  it('takes the tile server origin from the template', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
  });
  it('turns a {s} subdomain into a wildcard host', () => {
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual(['https://*.tile.example.org']);
  });
  it('allows nothing more for `none` or a broken template', () => {
    expect(tileOrigin('none')).toEqual([]);
    expect(tileOrigin('not a url')).toEqual([]);
  });
});
