// Just enough PNG handling for WebDriver screenshots (8-bit RGB or RGBA, not interlaced):
// the pixels as greyscale, written as a binary PGM for examples/qr_scan.rs, and a crop
// (WebKit's element screenshot of an iframe paints parts of the page black, so the tier
// crops the frame out of a screenshot of the whole window instead).
import { deflateSync, inflateSync } from 'node:zlib';

/** { width, height, channels, rows } of a PNG buffer, each row unfiltered. */
export function decodePng(png) {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colour];
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = new Uint8Array(stride);
  const row = new Uint8Array(stride);
  const rows = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let p = line[i];
      if (filter === 1) p += a;
      else if (filter === 2) p += b;
      else if (filter === 3) p += (a + b) >> 1;
      else if (filter === 4) {
        const e = a + b - c;
        const [pa, pb, pc] = [Math.abs(e - a), Math.abs(e - b), Math.abs(e - c)];
        p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[i] = p & 0xff;
    }
    rows.push(Uint8Array.from(row));
    prev.set(row);
  }
  return { width, height, channels, rows };
}

/** { width, height, grey } of a PNG buffer. */
export function pngToGrey(png) {
  const { width, height, channels, rows } = decodePng(png);
  const grey = Buffer.alloc(width * height);
  rows.forEach((row, y) => {
    for (let x = 0; x < width; x++) {
      const i = x * channels;
      grey[y * width + x] = Math.round(0.299 * row[i] + 0.587 * row[i + 1] + 0.114 * row[i + 2]);
    }
  });
  return { width, height, grey };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  let c = 0xffffffff;
  for (const b of Buffer.concat([head.subarray(4), data])) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((c ^ 0xffffffff) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/** The `width` x `height` part of a PNG at (`left`, `top`), as a new PNG. */
export function cropPng(png, left, top, width, height) {
  const image = decodePng(png);
  const ch = image.channels;
  const lines = [];
  for (let y = top; y < top + height; y++) {
    lines.push(Buffer.from([0]), Buffer.from(image.rows[y].subarray(left * ch, (left + width) * ch)));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, ch === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(lines))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The image as a binary PGM file. */
export function toPgm({ width, height, grey }) {
  return Buffer.concat([Buffer.from(`P5 ${width} ${height} 255\n`), grey]);
}
