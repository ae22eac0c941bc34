import sharp from 'sharp';
import { processImage, type ProcessedImage } from './files.js';

/**
 * A demo photo for the demo city's seeds: a coloured picture with a caption and the words «демонстрационное фото»,
 * through the same processing as uploads (so it is stored and served as any uploaded photo is).
 */
export async function demoPicture(label: string, colour: string): Promise<ProcessedImage> {
  const escape = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe7ea"/><stop offset="1" stop-color="${colour}"/></linearGradient></defs>
    <rect width="640" height="480" fill="url(#g)"/><rect y="420" width="800" height="180" fill="#4a4f55"/>
    <text x="32" y="410" font-family="DejaVu Sans, sans-serif" font-size="32" fill="#ffffff">${escape(label.slice(0, 40))}</text>
    <text x="32" y="452" font-family="DejaVu Sans, sans-serif" font-size="20" fill="#d0d4d8">демонстрационное фото</text></svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  const processed = await processImage(jpeg);
  if (!processed.ok) throw new Error(`demo photo: ${processed.problem}`);
  return processed.image;
}
