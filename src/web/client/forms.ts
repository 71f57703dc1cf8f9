/**
 * A search or comparison form (GET) leaves its empty fields out of the address it opens: `/?q=women`, not
 * `/?q=women&country=&metric=&from=`. Without script the server sends such an address on to the one without them
 * (params.ts, redirectWithoutEmptyParameters); with script there is no such round trip.
 */
export function leaveOutEmptyFields(root: ParentNode): void {
  for (const form of Array.from(root.querySelectorAll<HTMLFormElement>('form[method="get" i]'))) {
    form.addEventListener('formdata', (event) => {
      const data = event.formData;
      const entries = Array.from(data.entries());
      if (!entries.some(([, v]) => typeof v === 'string' && v.trim() === '')) return;
      for (const name of new Set(entries.map(([k]) => k))) data.delete(name);
      for (const [k, v] of entries) if (!(typeof v === 'string' && v.trim() === '')) data.append(k, v);
    });
  }
}
