// Placeholder page until the explorer lands: shows what /api/health says.
const target = document.getElementById('health');

interface Health {
  neo4jVersion: string;
  counts: Record<string, number>;
  loading: string | null;
}

async function show(): Promise<void> {
  if (!target) return;
  try {
    const res = await fetch('/api/health');
    const body: unknown = await res.json();
    if (!res.ok) {
      const message = (body as { error?: { message?: string } }).error?.message ?? res.statusText;
      target.textContent = `Not ready: ${message}`;
      setTimeout(() => void show(), 2000);
      return;
    }
    const health = body as Health;
    const rows = Object.entries(health.counts)
      .map(([label, n]) => `<tr><th>${label}</th><td>${n}</td></tr>`)
      .join('');
    target.innerHTML = `<p>Neo4j ${health.neo4jVersion}${health.loading ? ` · ${health.loading}` : ''}</p><table>${rows}</table>`;
    if (health.loading) setTimeout(() => void show(), 2000);
  } catch (error) {
    target.className = 'error';
    target.textContent = `The NewsGraph server does not answer (${String(error)}).`;
  }
}

void show();
