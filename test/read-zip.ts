import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** The entries of a ZIP held in memory, by name (the data-export tests read the ZIP the server streamed). */
export async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip
        .openReadStreamPromise(entry)
        .then((stream) => buffer(stream))
        .then((data) => {
          entries.set(entry.fileName, data);
          zip.readEntry();
        }, reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}
