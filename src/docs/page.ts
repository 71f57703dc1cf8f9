const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { description: string }>;
}

const refName = (r?: string) => (r ? r.split('/').pop() : undefined);

function schemaTable(
  name: string,
  schema: {
    properties?: Record<string, { description?: string; type?: unknown; $ref?: string; enum?: unknown[]; anyOf?: unknown[] }>;
    required?: string[];
    description?: string;
    enum?: unknown[];
  },
): string {
  const rows = Object.entries(schema.properties ?? {}).map(([field, p]) => {
    const type = p.$ref
      ? refName(p.$ref)
      : p.enum
        ? p.enum.join(' | ')
        : p.anyOf
          ? 'see schema'
          : Array.isArray(p.type)
            ? p.type.join(' | ')
            : p.type;
    return `<tr><td><code>${escape(field)}</code>${schema.required?.includes(field) ? ' *' : ''}</td><td>${escape(type)}</td><td>${escape(p.description)}</td></tr>`;
  });
  const body = schema.enum
    ? `<p>One of: <code>${escape(schema.enum.join(', '))}</code></p>`
    : rows.length
      ? `<table><tr><th>field</th><th>type</th><th>meaning</th></tr>${rows.join('')}</table>`
      : '';
  return `<section id="schema-${escape(name)}" tabindex="-1"><h3>${escape(name)}</h3>${schema.description ? `<p>${escape(schema.description)}</p>` : ''}${body}</section>`;
}

/** A readable API reference rendered from the OpenAPI document, with no scripts and nothing fetched. */
export function docsPage(openapi: Record<string, unknown>): string {
  const info = openapi.info as { title: string; description: string };
  const paths = openapi.paths as Record<string, Record<string, Operation>>;
  const schemas = (openapi.components as { schemas: Record<string, Parameters<typeof schemaTable>[1]> }).schemas;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${escape(p.name)}</code> (${escape(p.in)}${p.required ? ', required' : ''}) ${escape(p.description)}</li>`)
        .join('');
      const body = op.requestBody ? Object.values(op.requestBody.content)[0].schema.$ref : undefined;
      const responses = Object.entries(op.responses)
        .map(([code, r]) => `<li><code>${escape(code)}</code> ${escape(r.description)}</li>`)
        .join('');
      return `<article><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code>${op.security ? ' <small>🔑 editor key</small>' : ''}</h3>
<p>${escape(op.summary)}${op.description ? ` — ${escape(op.description)}` : ''}</p>
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}${body ? `<h4>Body</h4><p><a href="#schema-${escape(refName(body))}">${escape(refName(body))}</a></p>` : ''}
<h4>Responses</h4><ul>${responses}</ul></article>`;
    }),
  );
  // Like the web interface's pages: a phone's width (identifiers and paths break anywhere rather than widen the page),
  // a skip link (on its own line once focused, over nothing; its target takes the focus: fragmentTarget), and a way
  // back to the ledger. Every #fragment target here takes the focus (tabindex -1), as fragmentTarget gives the pages.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(info.title)} API</title><link rel="icon" href="data:,">
<style>/* Method badges: white text at least 4.5:1 on each colour (WCAG AA). */
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:1em auto 2em;padding:0 1em;color:#222;overflow-wrap:anywhere}code{background:#f4f4f4;padding:0 .2em}
.skip{position:absolute;left:-9999px}.skip:focus{position:static;display:inline-block;margin:0 0 .5em;background:#fff;padding:.5em}nav a{margin-right:1em}
article{border-top:1px solid #ddd;padding:.5em 0}.m{font:bold 12px monospace;padding:.2em .5em;border-radius:3px;color:#fff;background:#555}
.get{background:#1a6b34}.post{background:#0b5cad}.patch{background:#8a4b00}.delete{background:#b32020}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}</style></head>
<body><a class="skip" href="#main">Skip to content</a><nav aria-label="Site"><a href="/">Claims ledger</a><a href="/">Search</a><a href="/openapi.json">OpenAPI</a></nav>
<main id="main" tabindex="-1"><h1>${escape(info.title)} API</h1><p>${escape(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code> (RFC 9457) with the failing fields in <code>errors</code>. Writes need <code>Authorization: Bearer &lt;key&gt;</code>; updates need <code>If-Match</code> with the ETag you read.</p>
<h2>Endpoints</h2>${ops.join('\n')}
<h2>Schemas</h2>${Object.entries(schemas)
    .map(([name, s]) => schemaTable(name, s))
    .join('\n')}
</main></body></html>`;
}
