import type request from 'supertest';

/** supertest's parser for a body read as bytes, whatever its type (a CSV with its byte-order mark, an XLSX, a zip). */
export const asBytes: Parameters<request.Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
