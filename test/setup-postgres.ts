import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/core/db/client.js';
import { findPostgresBinaries, startPostgres } from './postgres-server.js';
import { prepareTemplate } from './template.js';

/** Starts a throwaway PostgreSQL server and a migrated template database that each test file copies. */
export default async function setup(project: TestProject) {
  const bindir = findPostgresBinaries();
  if (!bindir) throw new Error('PostgreSQL binaries vanished between config and setup');
  const server = await startPostgres(bindir);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('create database gorod_template');
  await admin.end();
  const templateUrl = server.url.replace(/\/postgres$/, '/gorod_template');
  const database = await openDatabase({ databaseUrl: templateUrl, dataDir: '.' });
  await prepareTemplate(database);
  await database.close();
  project.provide('backend', 'postgres');
  project.provide('pgliteTemplate', '');
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
