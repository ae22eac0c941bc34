import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle, createHeading, createProposal } from '../../../../test/budgeting-fixtures.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { grantRole, person, type TestPerson } from '../../../../test/fixtures.js';
import { lastMailTo, strongPassword, TestClient, tokenFromMail } from '../../../../test/http-client.js';
import { readZip } from '../../../../test/read-zip.js';
import { gate, untilWaitingForLock } from '../../../../test/locks.js';
import type { Actor } from '../../../core/auth/actor.js';
import { auditLog } from '../../../core/audit/schema.js';
import { queryRows } from '../../../core/db/client.js';
import type { AppError } from '../../../core/http/errors.js';
import { pbBallots } from '../../budgeting/db/schema.js';
import { castBallot } from '../../budgeting/use-cases/ballots/cast-ballot.js';
import { pollResponses } from '../../polls/db/schema.js';
import { verifications } from '../../verification/db/schema.js';
import { identityHash } from '../../verification/index.js';
import { purgeHeldIdentities } from '../../verification/jobs.js';
import { verifyResident } from '../../../../test/verified.js';
import { accountTokens, users } from '../db/schema.js';
import { createProviderAccount } from '../use-cases/create-provider-account.js';
import { deleteAccount, eraseLate } from '../use-cases/delete-account.js';
import { startSession } from '../use-cases/sessions.js';

let t: TestApp;
let admin: TestPerson;

beforeAll(async () => {
  t = await testApp();
  admin = await person(t, { roles: ['administrator'] });
});
afterAll(async () => {
  await t.close();
});

/** The actor a request authenticated before the deletion carries on with. */
const actorOf = (userId: string): Actor => ({ kind: 'user', userId, displayName: 'V', verification: 'verified', roles: [], language: 'en', districtId: null });

/** The ZIP a client downloads from GET /api/me/data, by entry name. */
async function download(p: TestPerson, url = '/api/me/data') {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: p.client.cookie! } });
  return {
    status: res.statusCode,
    type: String(res.headers['content-type']),
    entries: res.statusCode === 200 ? await readZip(res.rawPayload) : new Map<string, Buffer>(),
  };
}

/** A discussion by `p` and a comment on it; returns their ids. */
async function discussWith(p: TestPerson, title: string) {
  const d = await p.client.post('/api/discussions', { kind: 'topic', title, body: 'Every night the works go on.' });
  expect(d.status).toBe(201);
  const c = await p.client.post(`/api/comments/discussion/${d.body.id}`, { body: `${title}: my comment` });
  expect(c.status).toBe(201);
  return { discussionId: d.body.id as string, commentId: c.body.id as string };
}

/** Every uuid column of every table that still holds `userId`, as `table.column` with its count. */
async function whereStill(userId: string): Promise<Record<string, number>> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    t.database.db,
    sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and data_type = 'uuid' order by 1, 2`,
  );
  const found: Record<string, number> = {};
  for (const c of columns) {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from ${sql.identifier(c.table_name)} where ${sql.identifier(c.column_name)} = ${userId}::uuid`,
    );
    if (row!.n > 0) found[`${c.table_name}.${c.column_name}`] = row!.n;
  }
  return found;
}

/**
 * Where a deleted account's id may stay: its tombstone row, the content kept under "deleted account", the public log's
 * earlier entries and the append-only points ledger (none of them holds anything personal).
 */
const keptUnderTombstone = [
  'users.id',
  'comments.author_id',
  'discussions.author_id',
  'audit_log.actor_id',
  'audit_log.subject_id',
  'point_entries.user_id',
  'point_balances.user_id',
  'reward_redemptions.user_id',
];

/**
 * The background reactions to what a deleted person did just before (a follow of the thread they commented on) run,
 * then the late erasure the deletion queued: what the tables hold from then on.
 */
async function settle(userId: string, content: 'anonymise' | 'remove') {
  while ((await t.ctx.jobs.runDue()) > 0);
  await eraseLate(t.ctx, { userId, content });
}

/** A heading open for voting with one project on its ballot. */
async function openHeading() {
  const cycle = await createCycle(t.database, { phase: 'voting' });
  const heading = await createHeading(t.database, cycle.id, { districtId: 'nevsky' });
  const project = await createProposal(t.database, heading, { cost: '1000000.00', title: 'Benches' });
  return { heading, project };
}

describe('my data: the export', () => {
  it('gives a resident a ZIP of JSON with their own data and nobody else’s, and no way to name another account', async () => {
    const anna = await person(t, { verified: { districtId: 'nevsky' } });
    const boris = await person(t);
    await discussWith(anna, 'Noise on Nevsky');
    await discussWith(boris, 'Potholes on Sadovaya');
    const mine = await download(anna);
    expect(mine.status).toBe(200);
    expect(mine.type).toContain('application/zip');
    expect([...mine.entries.keys()]).toEqual(expect.arrayContaining(['README.txt', 'accounts.json', 'discussions.json', 'comments.json', 'verification.json']));
    const text = [...mine.entries.values()].map((b) => b.toString('utf8')).join('\n');
    const accounts = JSON.parse(mine.entries.get('accounts.json')!.toString('utf8'));
    expect(accounts.tables.account[0].email).toBe(anna.email);
    expect(accounts.tables.account[0]).not.toHaveProperty('passwordHash');
    expect(text).toContain('Noise on Nevsky: my comment');
    expect(text).not.toContain('Potholes on Sadovaya');
    expect(text).not.toContain(boris.email);
    expect(text).not.toContain(boris.userId);
    // another account's export: no route takes an id (404), and a query naming one changes nothing
    expect((await anna.client.get(`/api/people/${boris.userId}/data`)).status).toBe(404);
    const named = await download(anna, `/api/me/data?userId=${boris.userId}`);
    expect([...named.entries.values()].map((b) => b.toString('utf8')).join('\n')).not.toContain(boris.email);
    expect((await t.app.inject({ method: 'GET', url: '/api/me/data' })).statusCode).toBe(401);
  });
});

describe('my data: deleting the account', () => {
  it('erases the person from every table, keeps their comment under "deleted account", their ballot and poll response counted and unlinked, and audits only an opaque reference', async () => {
    const anna = await person(t, { verified: { districtId: 'nevsky' }, lang: 'ru' });
    const boris = await person(t);
    const { discussionId, commentId } = await discussWith(anna, 'Lights in the yard');
    expect((await boris.client.post(`/api/comments/discussion/${discussionId}`, { body: 'Agreed', parentId: commentId })).status).toBe(201);
    expect((await anna.client.post('/api/me/places', { label: 'home', address: 'Марсово поле, 1', lat: 59.9436, lon: 30.3318 })).status).toBe(201);
    const { heading, project } = await openHeading();
    expect((await anna.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: project.number }] })).status).toBe(201);
    const poll = await admin.client.post('/api/admin/polls', {
      title: 'Benches or trees?',
      description: 'Which first?',
      binding: false,
      opensAt: new Date(Date.now() - 3600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      questions: [{ kind: 'single', text: 'Which?', options: ['Benches', 'Trees'] }],
    });
    expect((await admin.client.post(`/api/admin/polls/${poll.body.id}/publish`)).status).toBe(200);
    const view = (await anna.client.get(`/api/polls/${poll.body.id}`)).body;
    const answer = { questionId: view.questions[0].id, optionIds: [view.questions[0].options[0].id] };
    expect((await anna.client.post(`/api/polls/${poll.body.id}/responses`, { answers: [answer] })).status).toBe(201);

    const wrong = await anna.client.post('/api/me/account/delete', { password: 'not-my-password', content: 'anonymise' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.password).toBeTruthy();
    const done = await anna.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' });
    expect(done.status).toBe(200);
    await settle(anna.userId, 'anonymise');

    // personal data gone from every table: only the tombstone row, the kept comment and discussion, and the public
    // log's entries from before (which name no one) still carry the id
    const still = await whereStill(anna.userId);
    expect(still).toMatchObject({ 'users.id': 1, 'comments.author_id': 1, 'discussions.author_id': 1 });
    expect(Object.keys(still).filter((c) => !keptUnderTombstone.includes(c))).toEqual([]);
    const [tomb] = await t.database.db.select().from(users).where(eq(users.id, anna.userId));
    expect(tomb).toMatchObject({ displayName: '', districtId: null, passwordHash: '', emailConfirmedAt: null, personCode: null });
    expect(tomb!.email).not.toContain('@');
    expect(tomb!.deletedAt).toBeInstanceOf(Date);
    // the comment stays in the thread under "deleted account" (no name), and the profile is gone
    const thread = await boris.client.get(`/api/comments/discussion/${discussionId}`);
    const kept = thread.body.items.find((c: { id: string }) => c.id === commentId);
    expect(kept.body).toBe('Lights in the yard: my comment');
    expect(kept.author.displayName).toBe('');
    expect((await boris.client.get(`/api/people/${anna.userId}`)).status).toBe(404);
    // counted, linked to nobody
    expect(await t.database.db.select({ voterId: pbBallots.voterId }).from(pbBallots).where(eq(pbBallots.headingId, heading.id))).toEqual([{ voterId: null }]);
    expect(await t.database.db.$count(pollResponses, eq(pollResponses.pollId, poll.body.id))).toBe(1);
    // the session ended and the address no longer signs in
    expect((await anna.client.get('/api/me')).status).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: anna.email, password: strongPassword } })).statusCode).toBe(401);
    // audited with an opaque reference only
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'account.deleted'))
      .orderBy(sql`seq desc`)
      .limit(1);
    expect(entry).toMatchObject({ actorId: null, subjectType: 'account', subjectId: done.body.reference, data: { content: 'anonymise' } });
    expect(JSON.stringify(entry)).not.toContain(anna.userId);
    expect(JSON.stringify(entry)).not.toContain(anna.email);
  });

  it('removes what the person wrote when they choose so: a comment with replies becomes a placeholder, an unanswered discussion goes', async () => {
    const vera = await person(t);
    const boris = await person(t);
    const answered = await discussWith(boris, 'Trees on Liteyny');
    const c = await vera.client.post(`/api/comments/discussion/${answered.discussionId}`, { body: 'Plant lindens' });
    expect((await boris.client.post(`/api/comments/discussion/${answered.discussionId}`, { body: 'Yes!', parentId: c.body.id })).status).toBe(201);
    const alone = await vera.client.post('/api/discussions', { kind: 'topic', title: 'My lonely topic', body: 'Nobody answers.' });
    expect((await vera.client.post('/api/me/account/delete', { password: strongPassword, content: 'remove' })).status).toBe(200);
    await settle(vera.userId, 'remove');
    const thread = await boris.client.get(`/api/comments/discussion/${answered.discussionId}`);
    const placeholder = thread.body.items.find((x: { id: string }) => x.id === c.body.id);
    expect(placeholder.deleted).toBe(true);
    expect(placeholder.body).toBeNull();
    expect(placeholder.replyCount).toBe(1);
    expect((await boris.client.get(`/api/discussions/${alone.body.id}`)).status).toBe(404);
    const still = await whereStill(vera.userId);
    expect(still).toMatchObject({ 'users.id': 1, 'comments.author_id': 1 });
    expect(Object.keys(still).filter((c) => !keptUnderTombstone.includes(c) || c === 'discussions.author_id')).toEqual([]);
  });

  it('refuses the city’s last administrator (409) and lets them go once another is named', async () => {
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from role_grants where role = 'administrator' and scope_type = 'city'`,
    );
    expect(row!.n).toBe(1);
    const refused = await admin.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('last_administrator');
    const second = await person(t);
    await grantRole(t, second.userId, 'administrator');
    expect((await admin.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    admin = second;
  });
});

let providerPeople = 0;
/** A person an identity provider vouched for (no password they know), signed in as the provider's callback does. */
async function providerPerson(lang: 'ru' | 'en' = 'en') {
  const email = `oidc-${++providerPeople}-${Date.now()}@oidc.test`;
  const { userId, session } = await t.database.db.transaction(async (tx) => {
    const created = await createProviderAccount(tx, { email, displayName: 'Svetlana Esina', language: lang, via: 'oidc' });
    if (!created.ok) throw new Error(created.reason);
    return { userId: created.userId, session: await startSession(tx, created.userId, 'test') };
  });
  const client = new TestClient(t.app, lang);
  client.cookie = `gorod_session=${session.token}`;
  client.csrfToken = session.csrfToken;
  return { client, userId, email };
}

/** The code in the newest deletion mail to an address. */
async function codeFromMail(email: string): Promise<string> {
  const mail = await lastMailTo(t.database, email);
  expect(mail?.kind).toBe('delete_account');
  return mail!.text.match(/\n\n([A-Z2-9]{4}-[A-Z2-9]{4})\n\n/)![1]!;
}

describe('my data: deleting an account without a password (made through an identity provider)', () => {
  it('confirms with a code mailed to the account: missing, mistyped, another account’s and a replaced code are refused, the fresh one deletes', async () => {
    const svetlana = await providerPerson('ru');
    const other = await providerPerson();
    expect((await svetlana.client.get('/api/me')).body.user.hasPassword).toBe(false);
    // no password to give: a password, or nothing, is not a confirmation
    const none = await svetlana.client.post('/api/me/account/delete', { content: 'anonymise' });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('code_required');
    expect(none.body.error.fields.code).toBeTruthy();
    expect((await svetlana.client.post('/api/me/account/delete', { password: 'guessed-password', content: 'anonymise' })).body.error.code).toBe(
      'code_required',
    );

    const sent = await svetlana.client.post('/api/me/account/deletion-code');
    expect(sent.status).toBe(200);
    expect(sent.body.sentTo).toBe(svetlana.email);
    const replaced = await codeFromMail(svetlana.email);
    expect((await lastMailTo(t.database, svetlana.email))!.subject).toMatch(/Код для удаления/);
    expect((await svetlana.client.post('/api/me/account/deletion-code')).status).toBe(200);
    const code = await codeFromMail(svetlana.email);
    expect((await other.client.post('/api/me/account/deletion-code')).status).toBe(200);
    const othersCode = await codeFromMail(other.email);

    const mistyped = await svetlana.client.post('/api/me/account/delete', { code: 'AAAA-AAAA', content: 'anonymise' });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.error.code).toBe('code_invalid');
    expect(mistyped.body.error.fields.code).toMatch(/Код неверен/);
    // a code sent before the newest, and one sent to another account, confirm nothing
    for (const c of [replaced, othersCode])
      expect((await svetlana.client.post('/api/me/account/delete', { code: c, content: 'anonymise' })).body.error.code).toBe('code_invalid');
    expect((await svetlana.client.get('/api/me')).status).toBe(200);

    // typed in lower case with spaces: the same code
    const done = await svetlana.client.post('/api/me/account/delete', { code: code.toLowerCase().replace('-', ' '), content: 'anonymise' });
    expect(done.status).toBe(200);
    await settle(svetlana.userId, 'anonymise');
    expect((await svetlana.client.get('/api/me')).status).toBe(401);
    const [tomb] = await t.database.db.select().from(users).where(eq(users.id, svetlana.userId));
    expect(tomb!.deletedAt).toBeInstanceOf(Date);
    // the other account's code still works for its own account
    expect((await other.client.post('/api/me/account/delete', { code: othersCode, content: 'remove' })).status).toBe(200);
  });

  it('refuses an expired code in English; a password, once set or when the account has one, is what confirms', async () => {
    const p = await providerPerson('en');
    expect((await p.client.post('/api/me/account/deletion-code')).status).toBe(200);
    const code = await codeFromMail(p.email);
    expect((await lastMailTo(t.database, p.email))!.text).toContain('works for 15 minutes');
    await t.database.db
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, p.userId));
    const expired = await p.client.post('/api/me/account/delete', { code, content: 'anonymise' });
    expect(expired.status).toBe(400);
    expect(expired.body.error.code).toBe('code_expired');
    expect(expired.body.error.fields.code).toBe('This code has expired. Send a new one.');
    // once the person sets a password ("reset password"), the password is what confirms
    const anyone = new TestClient(t.app);
    expect((await anyone.post('/api/auth/password-reset/request', { email: p.email })).status).toBeLessThan(300);
    const token = await tokenFromMail(t.database, p.email, 'reset-password');
    expect((await anyone.post('/api/auth/password-reset/confirm', { token, password: strongPassword })).status).toBeLessThan(300);
    const [after] = await t.database.db.select({ hasPassword: users.hasPassword }).from(users).where(eq(users.id, p.userId));
    expect(after!.hasPassword).toBe(true);

    // a person with a password confirms with it: no code is sent, and a code is no confirmation
    const withPassword = await person(t);
    expect((await withPassword.client.get('/api/me')).body.user.hasPassword).toBe(true);
    const refused = await withPassword.client.post('/api/me/account/deletion-code');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('deletion_needs_password');
    const noPassword = await withPassword.client.post('/api/me/account/delete', { code: 'AAAA-AAAA', content: 'anonymise' });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.code).toBe('password_required');
    expect(noPassword.body.error.fields.password).toBeTruthy();
  });
});

describe('my data: a deletion racing a ballot', () => {
  it('counts a ballot cast before the deletion, anonymously', async () => {
    const { heading, project } = await openHeading();
    const v = await person(t, { verified: { districtId: 'nevsky' } });
    await castBallot(t.ctx, actorOf(v.userId), heading.id, [{ number: project.number }]);
    await deleteAccount(t.ctx, actorOf(v.userId), { password: strongPassword, content: 'anonymise' });
    expect(await t.database.db.select({ voterId: pbBallots.voterId }).from(pbBallots).where(eq(pbBallots.headingId, heading.id))).toEqual([{ voterId: null }]);
  });

  it('refuses a ballot that arrives after the deletion (a request that signed in before it), writing nothing', async () => {
    const { heading, project } = await openHeading();
    const v = await person(t, { verified: { districtId: 'nevsky' } });
    await deleteAccount(t.ctx, actorOf(v.userId), { password: strongPassword, content: 'anonymise' });
    // the verification went with the account: the gate refuses before any write
    await expect(castBallot(t.ctx, actorOf(v.userId), heading.id, [{ number: project.number }])).rejects.toMatchObject({
      status: 403,
      code: 'ballot_not_verified',
    });
    expect(await t.database.db.$count(pbBallots, eq(pbBallots.headingId, heading.id))).toBe(0);
  });

  it('ends a ballot and a deletion started together in one of the two whole states, never a ballot linked to a deleted account', async () => {
    const { heading, project } = await openHeading();
    const v = await person(t, { verified: { districtId: 'nevsky' } });
    const [ballot, deletion] = await Promise.allSettled([
      castBallot(t.ctx, actorOf(v.userId), heading.id, [{ number: project.number }]),
      deleteAccount(t.ctx, actorOf(v.userId), { password: strongPassword, content: 'anonymise' }),
    ]);
    expect(deletion.status).toBe('fulfilled');
    const stored = await t.database.db.select({ voterId: pbBallots.voterId }).from(pbBallots).where(eq(pbBallots.headingId, heading.id));
    if (ballot.status === 'fulfilled') expect(stored).toEqual([{ voterId: null }]);
    else expect([[401, 403].includes((ballot.reason as AppError).status), stored]).toEqual([true, []]);
  });

  it.runIf(backend() === 'postgres')('makes a ballot that waits for a deletion holding the account refused once the deletion commits', async () => {
    const { heading, project } = await openHeading();
    const v = await person(t, { verified: { districtId: 'nevsky' } });
    const held = gate();
    const release = gate();
    const deletion = t.database.db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.id, v.userId)).for('update');
      held.open();
      await release.opened;
      for (const part of t.ctx.personalData)
        await part.erase(tx, v.userId, { content: 'anonymise', entities: t.ctx.entities, now: new Date(), identityHeldUntil: null });
    });
    await held.opened;
    const cast = castBallot(t.ctx, actorOf(v.userId), heading.id, [{ number: project.number }]).then(
      () => 'stored',
      (err: AppError) => err.status,
    );
    await untilWaitingForLock(t.database.db, 'pb_ballots');
    release.open();
    await deletion;
    expect(await cast).toBe(401);
    expect(await t.database.db.$count(pbBallots, eq(pbBallots.headingId, heading.id))).toBe(0);
  });
});

describe('my data: a deleted voter’s identity', () => {
  it('keeps the phone or document spent, linked to no one, until the votes it took part in close: a new account cannot vote twice', async () => {
    const document = `held-${crypto.randomUUID()}`;
    const voter = await person(t);
    await verifyResident(t.database, voter.userId, { districtId: 'nevsky', document });
    const { heading, project } = await openHeading();
    expect((await voter.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: project.number }] })).status).toBe(201);
    expect((await voter.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    await settle(voter.userId, 'anonymise');

    // the identity is kept (revoked, without district or birth date, no account), the late erasure left it alone
    const hash = await identityHash(t.database.db, 'document', document);
    const kept = await t.database.db.select().from(verifications).where(eq(verifications.identityHash, hash));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ revokeReason: 'account deleted', districtId: null, birthDate: null, verifiedBy: null });
    expect(kept[0]!.heldUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await whereStill(voter.userId)).not.toHaveProperty(['verifications.user_id']);

    // the same document on a new account: refused until the heading's tally begins, with that time
    const again = await person(t);
    const refused = await verifyResident(t.database, again.userId, { districtId: 'nevsky', document }).then(
      () => null,
      (err: AppError) => err,
    );
    expect(refused).toMatchObject({ status: 409, code: 'identity_held_after_deletion' });
    expect(String(refused!.params.until)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);

    // once that time has passed the purge deletes the hash and the document verifies the new account
    expect(await purgeHeldIdentities(t.ctx, new Date(kept[0]!.heldUntil!.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    await verifyResident(t.database, again.userId, { districtId: 'nevsky', document });
    expect((await again.client.get('/api/me')).body.user.verification).toBe('verified');
  });

  it('frees the identity at once when the deleted account took part in nothing still open', async () => {
    const document = `free-${crypto.randomUUID()}`;
    const quiet = await person(t);
    await verifyResident(t.database, quiet.userId, { document });
    const holding = t.ctx.personalData.filter((part) => part.identityHeldUntil);
    expect(holding.length).toBe(3); // ballots, poll responses, initiative supports
    for (const part of holding) expect(await part.identityHeldUntil!(t.database.db, quiet.userId, new Date())).toBeNull();
    expect((await quiet.client.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' })).status).toBe(200);
    const next = await person(t);
    await verifyResident(t.database, next.userId, { document });
    expect((await next.client.get('/api/me')).body.user.verification).toBe('verified');
  });
});
