import type { Response } from 'express';
import { createContext, type VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Who is signed in to the editors' workspace, as every page's header shows it. */
export interface SignedIn {
  name: string;
  role: string;
  /** The session's form token, for the header's sign-out form. */
  csrfToken: string;
}

/** The signed-in editor of the request being rendered, or null: read by the layout's header. */
export const SignedInContext = createContext<SignedIn | null>(null);

/**
 * Sends a server-rendered page. Preact escapes every string it is given: stored text never becomes markup. A page
 * rendered for a signed-in editor names them and holds their form token, so no cache may keep it for anyone else.
 */
export function sendPage(res: Response, page: VNode, status = 200): void {
  const editor = res.locals.editor as { principal: { name: string; role: string }; csrfToken: string } | undefined;
  const signedIn = editor ? { name: editor.principal.name, role: editor.principal.role, csrfToken: editor.csrfToken } : null;
  res.vary('Cookie');
  if (signedIn) res.set('Cache-Control', 'private, no-store');
  res
    .status(status)
    .type('html')
    .send('<!doctype html>' + render(<SignedInContext.Provider value={signedIn}>{page}</SignedInContext.Provider>));
}
