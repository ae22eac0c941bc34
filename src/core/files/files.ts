import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import type { Executor } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { files } from './schema.js';

/** Limits on uploaded images. */
export const imageLimits = {
  /** Upload size in bytes. */
  maxBytes: 10 * 1024 * 1024,
  /** Decoded size in pixels (a small file can decode to gigabytes: refused above this). */
  maxPixels: 50_000_000,
  /** Longest side of the stored image. */
  maxSide: 1600,
  /** Longest side of the preview. */
  thumbSide: 320,
} as const;

/** The formats accepted: what phones and cameras produce and the bundled libvips decodes. */
export const acceptedImageFormats = ['jpeg', 'png', 'webp', 'avif'] as const;

/** An image after processing: re-encoded to WebP, auto-rotated, at most `maxSide` px, without metadata. */
export interface ProcessedImage {
  contentType: 'image/webp';
  data: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
  sha256: string;
}

/** Why an upload is not a usable image. */
export type ImageProblem = 'too_large' | 'not_image' | 'unsupported_format' | 'heic_unsupported' | 'too_many_pixels' | 'damaged';

export type ImageResult = { ok: true; image: ProcessedImage } | { ok: false; problem: ImageProblem; format?: string };

const imageProblemStatus: Record<ImageProblem, number> = {
  too_large: 413,
  not_image: 415,
  unsupported_format: 415,
  heic_unsupported: 415,
  too_many_pixels: 400,
  damaged: 400,
};

/**
 * The refusal for an upload that is not a usable image: 413 too large, 415 not an image or a format not read, 400
 * otherwise. Its code is `<prefix>_<problem>` (`report_photo_too_large`), so each kind of upload words it in its
 * module's messages, with `{maxMb}` and `{format}`.
 */
export function imageRefusal(prefix: string, problem: ImageProblem, format?: string): AppError {
  return new AppError(imageProblemStatus[problem], `${prefix}_${problem}`, { maxMb: imageLimits.maxBytes / 1024 / 1024, format: format ?? '' });
}

/** The container an `ftyp` box names (HEIC from iPhones, AVIF), or null. */
function isoBrand(input: Buffer): string | null {
  if (input.length < 12 || input.toString('latin1', 4, 8) !== 'ftyp') return null;
  return input.toString('latin1', 8, 12);
}

/**
 * Decodes an uploaded image and re-encodes it for storage: orientation applied from EXIF, resized
 * to fit `maxSide`, WebP, every metadata block (EXIF with GPS, XMP, ICC comments) dropped; plus a
 * `thumbSide` preview. Anything that is not a decodable photo in an accepted format is refused
 * with the problem named.
 */
export async function processImage(input: Buffer): Promise<ImageResult> {
  if (input.length > imageLimits.maxBytes) return { ok: false, problem: 'too_large' };
  if (input.length === 0) return { ok: false, problem: 'not_image' };
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    const brand = isoBrand(input);
    if (brand && /^(heic|heix|hevc|hevx|mif1|msf1)$/.test(brand)) return { ok: false, problem: 'heic_unsupported' };
    return { ok: false, problem: 'not_image' };
  }
  const format = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : 'heic') : String(meta.format);
  if (format === 'heic') return { ok: false, problem: 'heic_unsupported' };
  if (!(acceptedImageFormats as readonly string[]).includes(format)) return { ok: false, problem: 'unsupported_format', format };
  if (!meta.width || !meta.height) return { ok: false, problem: 'damaged' };
  if (meta.width * meta.height > imageLimits.maxPixels) return { ok: false, problem: 'too_many_pixels' };
  try {
    const base = sharp(input, { limitInputPixels: imageLimits.maxPixels, failOn: 'error' }).rotate();
    const main = await base
      .clone()
      .resize({ width: imageLimits.maxSide, height: imageLimits.maxSide, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base
      .clone()
      .resize({ width: imageLimits.thumbSide, height: imageLimits.thumbSide, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    return {
      ok: true,
      image: {
        contentType: 'image/webp',
        data: main.data,
        thumb,
        width: main.info.width,
        height: main.info.height,
        sha256: crypto.createHash('sha256').update(main.data).digest('hex'),
      },
    };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

export type FileRow = typeof files.$inferSelect;
/** A stored file without its bytes (lists and checks). */
export type FileFacts = Omit<FileRow, 'data' | 'thumb'>;

const factColumns = {
  id: files.id,
  purpose: files.purpose,
  contentType: files.contentType,
  bytes: files.bytes,
  width: files.width,
  height: files.height,
  sha256: files.sha256,
  uploadedBy: files.uploadedBy,
  createdAt: files.createdAt,
};

/** Stores a processed image (its own transaction or the caller's). */
export async function storeImage(db: Executor, input: { purpose: string; uploadedBy: string | null; image: ProcessedImage }): Promise<FileFacts> {
  const { image } = input;
  const [row] = await db
    .insert(files)
    .values({
      purpose: input.purpose,
      contentType: image.contentType,
      bytes: image.data.length,
      width: image.width,
      height: image.height,
      data: image.data,
      thumb: image.thumb,
      sha256: image.sha256,
      uploadedBy: input.uploadedBy,
    })
    .returning(factColumns);
  return row!;
}

/** Facts of several files (no bytes). */
export async function fileFacts(db: Executor, ids: string[]): Promise<FileFacts[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return db.select(factColumns).from(files).where(inArray(files.id, unique));
}

/** The bytes of a file or of its preview, with the facts needed to serve them. */
export async function readFileBytes(db: Executor, id: string, variant: 'full' | 'thumb'): Promise<{ facts: FileFacts; data: Buffer } | undefined> {
  const [row] = await db
    .select({ ...factColumns, data: variant === 'full' ? files.data : files.thumb })
    .from(files)
    .where(eq(files.id, id))
    .limit(1);
  if (!row) return undefined;
  const { data, ...facts } = row;
  return { facts, data: Buffer.from(data) };
}

/** The purpose the shared photo upload (`POST /api/uploads/photos`) stores files with; modules attach them by id. */
export const sharedUploadPurpose = 'report_photo';
/** How long a shared upload stays attachable (hours): long enough to finish a form, short enough that ids do not linger. */
export const sharedUploadMaxAgeHours = 48;

/**
 * Of the images a person names for something they write (each with the field it came in), the field of the first that
 * is neither their own recent upload through the shared photo route nor already on the thing (`kept`, while editing);
 * null when every one may be attached. The caller refuses with its own words (400 naming the field).
 */
export async function unattachableImage(
  db: Executor,
  uploaderId: string,
  images: readonly { field: string; fileId: string }[],
  kept: ReadonlySet<string>,
  now = new Date(),
): Promise<string | null> {
  const fresh = images.filter((i) => !kept.has(i.fileId));
  if (!fresh.length) return null;
  const facts = new Map(
    (
      await fileFacts(
        db,
        fresh.map((i) => i.fileId),
      )
    ).map((f) => [f.id, f]),
  );
  const oldest = now.getTime() - sharedUploadMaxAgeHours * 3600_000;
  const bad = fresh.find(({ fileId }) => {
    const f = facts.get(fileId);
    return !f || f.purpose !== sharedUploadPurpose || f.uploadedBy !== uploaderId || f.createdAt.getTime() < oldest;
  });
  return bad?.field ?? null;
}

/** Deletes a person's files of a purpose that nothing uses (the caller decides which are unused). */
export async function deleteFiles(db: Executor, ids: string[], purpose: string): Promise<void> {
  if (!ids.length) return;
  await db.delete(files).where(and(inArray(files.id, ids), eq(files.purpose, purpose)));
}
