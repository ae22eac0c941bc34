import { DrizzleQueryError } from 'drizzle-orm/errors';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseFault } from './errors.js';

/** An error as PostgreSQL sends it (pg's DatabaseError with its SQLSTATE). */
function serverError(message: string, code: string): Error {
  const err = new pg.DatabaseError(message, message.length, 'error');
  err.code = code;
  return err;
}

/** A socket error as Node raises it. */
function socketError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** What drizzle throws: the failed query, with the driver's error as its cause. */
const viaDrizzle = (cause: Error) => new DrizzleQueryError('select 1', [], cause);

describe('databaseFault', () => {
  // the errors a PostgreSQL restart raised in the restart test, and their neighbours in a failover
  it.each<[string, Error]>([
    ['a connection terminated by a fast shutdown (57P01)', serverError('terminating connection due to administrator command', '57P01')],
    ['the server starting up (57P03)', serverError('the database system is starting up', '57P03')],
    ['the server shutting down (57P03)', serverError('the database system is shutting down', '57P03')],
    ['the server in recovery after a crash (57P03)', serverError('the database system is in recovery mode', '57P03')],
    ['too many clients reconnecting at once (53300)', serverError('sorry, too many clients already', '53300')],
    ['a write on a standby during a failover (25006)', serverError('cannot execute INSERT in a read-only transaction', '25006')],
    ['the server refusing connections while down', socketError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection reset', socketError('read ECONNRESET', 'ECONNRESET')],
    ['a host gone from the network', socketError('connect EHOSTUNREACH 10.0.0.5:5432', 'EHOSTUNREACH')],
    ['a connection that ended mid-query', new Error('Connection terminated unexpectedly')],
    ['the rollback on a client whose connection died', new Error('Client has encountered a connection error and is not queryable')],
    ['no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection attempt that timed out', new Error('Connection terminated due to connection timeout')],
  ])('%s is "unavailable", raw or wrapped by drizzle', (_what, err) => {
    expect(databaseFault(err)).toBe('unavailable');
    expect(databaseFault(viaDrizzle(err))).toBe('unavailable');
  });

  it.each<[string, Error, 'data' | null]>([
    ['a value out of range (22003)', serverError('value "99999999999" is out of range for type integer', '22003'), 'data'],
    ['malformed input (22P02)', serverError('invalid input syntax for type uuid: "x"', '22P02'), 'data'],
    ['a unique violation (23505): the use case handles it', serverError('duplicate key value violates unique constraint "x"', '23505'), null],
    ['a deadlock (40P01)', serverError('deadlock detected', '40P01'), null],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), null],
  ])('%s is %s', (_what, err, fault) => {
    expect(databaseFault(viaDrizzle(err))).toBe(fault);
  });
});
