import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { fileFacts, readFileBytes } from '../../../core/files/files.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findUserById } from '../db/queries.js';
import { canUseOwnAccount } from '../policy.js';

/** The file extension of a stored image's content type. */
const extensionOf = (contentType: string) => contentType.replace(/^image\//, '').replace('jpeg', 'jpg');

/**
 * Everything the platform keeps about the signed-in person, as a ZIP: one JSON file per module (`<module>.json`, their
 * own rows only, as every module's personalData part gives them) and the images they uploaded (`files/<id>.<ext>`),
 * with a README. Only one's own: there is no way to name another account. The module parts are read first; the images
 * are read one at a time as the ZIP streams out, so a large export never sits whole in memory. 401 without a session.
 */
export async function exportPersonalData(ctx: ModuleContext, actor: Actor, now = new Date()): Promise<{ stream: Readable; fileName: string }> {
  authorize(actor, canUseOwnAccount(actor));
  const db = ctx.database.db;
  const user = await findUserById(db, actor.userId);
  if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
  const zip = new yazl.ZipFile();
  const fileIds: string[] = [];
  const contents: string[] = [];
  for (const part of ctx.personalData) {
    const { tables, fileIds: ids = [] } = await part.export(db, actor.userId);
    fileIds.push(...ids);
    const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
    if (rows === 0) continue;
    contents.push(`${part.module}.json`);
    zip.addBuffer(Buffer.from(JSON.stringify({ module: part.module, exportedAt: now.toISOString(), tables }, null, 2)), `${part.module}.json`, { mtime: now });
  }
  for (const file of await fileFacts(db, fileIds)) {
    zip.addReadStreamLazy(`files/${file.id}.${extensionOf(file.contentType)}`, { mtime: file.createdAt, compress: false }, (done) => {
      readFileBytes(db, file.id, 'full').then(
        (read) => done(null, Readable.from(read ? [read.data] : [])),
        (err: unknown) => done(err, Readable.from([])),
      );
    });
  }
  const readme = [
    `Gorod: personal data of account ${actor.userId}, exported ${now.toISOString()}.`,
    "Each <module>.json holds that module's records about you, by table; files/ holds the images you uploaded.",
    'Gorod: персональные данные учётной записи, по одному файлу JSON на модуль; в files/ — загруженные вами изображения.',
    '',
    ...contents,
    ...(fileIds.length ? [`files/ (${fileIds.length})`] : []),
  ].join('\n');
  zip.addBuffer(Buffer.from(`${readme}\n`), 'README.txt', { mtime: now });
  zip.end();
  return { stream: Readable.from(zip.outputStream), fileName: `gorod-my-data-${now.toISOString().slice(0, 10)}.zip` };
}
