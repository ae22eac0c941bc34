import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageLimits, processImage } from './files.js';

const solid = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#c0392b' } });

/**
 * A valid black PNG of width × height at one bit a pixel, written by hand: it compresses a thousandfold
 * and takes milliseconds to make (sharp takes seconds to encode the same size in colour).
 */
function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(1, 8); // bit depth 1, grey (colour type 0), deflate, no filter, not interlaced
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // each row: filter byte 0, then zero bits
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('image processing', () => {
  it('re-encodes to WebP within 1600 px, applies EXIF orientation, drops metadata, makes a 320 px preview', async () => {
    const input = await solid(3200, 1000)
      .jpeg()
      .withMetadata({ orientation: 8, exif: { IFD0: { Artist: 'Somebody' } } })
      .toBuffer();
    const r = await processImage(input);
    if (!r.ok) throw new Error(r.problem);
    expect(r.image).toMatchObject({ contentType: 'image/webp', width: 500, height: 1600 });
    const meta = await sharp(r.image.data).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 500, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    const thumb = await sharp(r.image.thumb).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(imageLimits.thumbSide);
    expect(r.image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps small images at their size', async () => {
    const r = await processImage(await solid(40, 30).png().toBuffer());
    expect(r.ok && [r.image.width, r.image.height]).toEqual([40, 30]);
  });

  it('accepts AVIF (the bundled libheif decodes AV1) and names what it refuses', async () => {
    expect((await processImage(await solid(40, 30).avif().toBuffer())).ok).toBe(true);
    expect(await processImage(Buffer.from('plain text, not an image'))).toEqual({ ok: false, problem: 'not_image' });
    expect(await processImage(Buffer.alloc(0))).toEqual({ ok: false, problem: 'not_image' });
    expect(await processImage(await solid(40, 30).gif().toBuffer())).toEqual({ ok: false, problem: 'unsupported_format', format: 'gif' });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    expect(await processImage(heic)).toEqual({ ok: false, problem: 'heic_unsupported' });
    expect(await processImage(Buffer.alloc(imageLimits.maxBytes + 1))).toEqual({ ok: false, problem: 'too_large' });
  });

  it('refuses a decompression bomb by its pixel count before decoding it', async () => {
    const bomb = blackPng(10_000, 6_000); // 60 million pixels in 7 kB
    expect(bomb.length).toBeLessThan(imageLimits.maxBytes);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 10_000, height: 6_000 });
    expect(await processImage(bomb)).toEqual({ ok: false, problem: 'too_many_pixels' });
  });

  it('refuses a truncated image as damaged', async () => {
    const jpeg = await solid(400, 300).jpeg().toBuffer();
    const r = await processImage(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(r).toEqual({ ok: false, problem: 'damaged' });
  });
});
