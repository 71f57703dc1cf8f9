import type { Socket } from 'node:net';
import type { RequestHandler, Response } from 'express';

interface Watched {
  res: Response;
  socket: Socket;
  /** Bytes the socket had handed to the operating system at the last check. */
  flushed: number;
  /** When the reader last took anything (or had nothing waiting for it). */
  movedAt: number;
}

/**
 * Cuts responses whose reader stops reading. A client that requests a large export and never reads it would
 * otherwise hold its database connection (and its export slot) for ever: once bytes have waited in the socket
 * for `timeoutMs` without any of them leaving, the connection is destroyed, which ends the query and frees
 * the connection. A slow reader that keeps taking bytes is left alone. One timer watches every open response.
 */
export function cutStalledResponses(timeoutMs: number, onCut: (res: Response) => void = () => undefined): RequestHandler {
  const watched = new Set<Watched>();
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    const now = Date.now();
    for (const w of watched) {
      const waiting = w.socket.writableLength + w.res.writableLength;
      const flushed = w.socket.bytesWritten - w.socket.writableLength;
      if (waiting === 0 || flushed !== w.flushed) {
        w.flushed = flushed;
        w.movedAt = now;
      } else if (now - w.movedAt >= timeoutMs) {
        watched.delete(w);
        onCut(w.res);
        w.res.destroy();
        w.socket.destroy();
      }
    }
    if (watched.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  return (req, res, next) => {
    const socket = req.socket;
    const w: Watched = { res, socket, flushed: socket.bytesWritten - socket.writableLength, movedAt: Date.now() };
    watched.add(w);
    res.once('close', () => watched.delete(w));
    if (!timer) {
      timer = setInterval(tick, Math.max(50, Math.min(1000, Math.floor(timeoutMs / 4))));
      timer.unref();
    }
    next();
  };
}
