// There is no Docker engine on our machines, so the compose file and Dockerfile are checked
// for the structure users rely on: the official image, APOC, a healthcheck, a volume, secrets from .env.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  env_file?: string | string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as Compose;
const envExample = readFileSync('.env.example', 'utf8');
const dockerfile = readFileSync('Dockerfile', 'utf8');

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const app = compose.services.app;

  it('runs the official Neo4j 5.26 LTS image with APOC', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?$/u);
    expect(JSON.parse(neo4j?.environment?.NEO4J_PLUGINS ?? '[]')).toContain('apoc');
  });

  it('checks Neo4j health with cypher-shell', () => {
    const test = neo4j?.healthcheck?.test;
    expect(Array.isArray(test) ? test.join(' ') : test).toContain('cypher-shell');
  });

  it('keeps the data in a named volume', () => {
    const volume = neo4j?.volumes?.find((v) => v.endsWith(':/data'))?.split(':')[0];
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('takes the password from the env file, never the default', () => {
    expect(neo4j?.env_file).toBe('.env');
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/u);
    const password = /^NEO4J_PASSWORD=(.*)$/mu.exec(envExample)?.[1]?.trim();
    expect(password).toBeTruthy();
    expect(password).not.toBe('neo4j');
  });

  it('wires the app to the database service once it is healthy', () => {
    expect(app?.build).toBeDefined();
    expect(app?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(envExample).toMatch(/^NEWSGRAPH_TOKEN=\S+/mu);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage and runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gmu)?.length).toBeGreaterThanOrEqual(2);
    const user = /^USER (\S+)/mu.exec(dockerfile)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });
});
