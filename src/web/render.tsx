import type { Response } from 'express';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Sends a server-rendered page. Preact escapes every string it is given: stored text never becomes markup. */
export function sendPage(res: Response, page: VNode, status = 200): void {
  res.status(status).type('html').send('<!doctype html>' + render(page));
}
