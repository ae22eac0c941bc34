import { describe, expect, it } from 'vitest';
import { moduleCommands } from './commands.js';
import { modules } from './modules.js';

describe('the command line', () => {
  it('offers every command the enabled modules declare, in module order, and no other', () => {
    const declared = modules.flatMap((m) => m.cli ?? []);
    expect(moduleCommands.map((c) => c.name)).toEqual(declared.map((c) => c.name));
    moduleCommands.forEach((c, i) => expect(c).toBe(declared[i]));
  });
});
