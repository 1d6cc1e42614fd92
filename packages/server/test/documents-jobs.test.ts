/**
 * Documents generated from the app as background jobs (pg-boss on the test database): the
 * contract's createDocument / listDocuments / getDocument / downloadDocument, the worker (same
 * plan assembly and scoring as the results routes, the plan's texts, @performa/documents), stale
 * documents after a data change, input errors and isolation, and durability: jobs enqueued while
 * no worker runs, and a job whose process died mid-run, are done once a worker starts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@performa/storage';
import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from '../src/audit/verify.js';
import type { AppContext } from '../src/context.js';
import { DOCUMENT_QUEUE } from '../src/documents/queue.js';
import { ensureFixture, login, testApp, type Login } from './support/app.js';
import { call } from './support/client.js';
import { openServerTestStore } from './support/db.js';

const FG = 'cciaa-foggia';
const fg = { entityId: FG, planId: '2021' };
const BG = 'cciaa-bergamo';
const bg = { entityId: BG, planId: '2022' };
const tmp = mkdtempSync(join(tmpdir(), 'performa-documents-jobs-'));

function pdfText(pdf: Buffer): string {
  const file = join(tmp, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  return r.stdout;
}

describe('documents generated in the background (pg-boss)', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  /** The app with the worker; started only in the durability test, after jobs were enqueued without one. */
  let app: FastifyInstance;
  let cdg: Login;
  let cdgBg: Login;
  let lettore: Login;
  const worker = { worker: true, pollingIntervalSeconds: 1, maintenanceIntervalSeconds: 1, retryDelaySeconds: 1 } as const;

  const create = (who: Login, body: Record<string, unknown>, params = fg) => call(app, who, 'createDocument', { params, body });
  async function waitDone(jobId: string, params = fg, who?: Login, timeoutMs = 45_000) {
    const until = Date.now() + timeoutMs;
    const seen: number[] = [];
    for (;;) {
      const res = await call(app, who ?? cdg, 'getDocument', { params: { ...params, jobId } });
      expect(res.status).toBe(200);
      seen.push(res.json.progress);
      if (res.json.status === 'done' || res.json.status === 'failed') return { job: res.json, seen };
      if (Date.now() > until) throw new Error(`documento ${jobId} non pronto: ${JSON.stringify(res.json)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const download = (jobId: string, who: Login = cdg) => app.inject({ method: 'GET', url: `/api/entities/${FG}/plans/2021/documents/${jobId}/file`, headers: who.headers });

  beforeAll(async () => {
    ({ store, dispose } = await openServerTestStore());
    await ensureFixture(store, 'foggia-2021.json');
    await ensureFixture(store, 'bergamo-2022-plan.json');
    cdg = await login(store, 'cdg@fg.it', [{ entityId: FG, role: 'controllo' }]);
    cdgBg = await login(store, 'cdg@bg.it', [{ entityId: BG, role: 'controllo' }]);
    lettore = await login(store, 'lettore@fg.it', [{ entityId: FG, role: 'lettore' }]);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
    rmSync(tmp, { recursive: true, force: true });
  });

  let htmlJob: string;

  it('durability: jobs enqueued with no worker running, and a job whose process died mid-run, are done once a worker starts', async () => {
    // A process that serves the API only (no worker): it enqueues, then stops.
    app = await testApp(store, { documents: { ...worker, worker: false } });
    await call(app, cdg, 'saveNarrative', {
      params: { ...fg, year: '2021', section: 'relazione.premessa' },
      body: { content: 'Premessa scritta **nell’app** per la Relazione.\n\n- prima voce <script>alert(1)</script>', expectedVersion: 0 },
    });
    await call(app, cdg, 'saveNarrative', { params: { ...fg, year: '2021', section: 'contesto' }, body: { content: 'Il contesto comune a tutti i documenti.', expectedVersion: 0 } });
    await call(app, cdg, 'saveNarrative', { params: { ...fg, year: '2021', section: 'piano.contesto' }, body: { content: 'Solo per il Piano.', expectedVersion: 0 } });
    // First a job taken by a worker whose process then died (below), then one nobody has taken.
    const lost = await create(cdg, { kind: 'scheda', format: 'xlsx', period: '2021' });
    expect(lost.json.scorecard).toBe('sg');
    const queued = await create(cdg, { kind: 'relazione', format: 'html', period: '2021' });
    expect(queued.status).toBe(202);
    expect(queued.json).toMatchObject({ kind: 'relazione', format: 'html', period: '2021', scorecard: null, status: 'queued', progress: 0, stale: false, fileName: null, finishedAt: null });
    expect(queued.json.createdBy).toMatchObject({ userId: cdg.userId, name: 'cdg' });
    htmlJob = queued.json.id;
    const notYet = await download(htmlJob);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().message).toMatch(/in coda/);

    const ctx = (app as unknown as { performa: AppContext }).performa;
    const boss = await ctx.documents.queue.ready();
    const [dead] = await boss.fetch<{ jobId: string }>(DOCUMENT_QUEUE, { batchSize: 1 });
    expect(dead!.data.jobId).toBe(lost.json.id);
    await store.pool.query(`UPDATE document_jobs SET status = 'running', progress = 0.3, run_id = gen_random_uuid() WHERE id = $1`, [lost.json.id]);
    await store.pool.query(`UPDATE pgboss.job SET started_on = now() - interval '1 hour' WHERE id = $1`, [dead!.id]); // long expired
    await app.close();

    // A process with the worker: expiry hands the lost job out again; both are done.
    app = await testApp(store, { documents: worker });
    const [html, scheda] = await Promise.all([waitDone(htmlJob), waitDone(lost.json.id)]);
    expect(html.job).toMatchObject({ status: 'done', progress: 1, message: 'Documento pronto', stale: false });
    expect(scheda.job).toMatchObject({ status: 'done', progress: 1 });
    expect(scheda.job.fileName).toMatch(/\.xlsx$/);
    const attempts = await store.pool.query<{ attempts: number }>('SELECT attempts FROM document_jobs WHERE id = $1', [lost.json.id]);
    expect(attempts.rows[0]!.attempts).toBe(1); // the dead run never claimed the row through the worker
  }, 60_000);

  it('the Relazione in HTML: download with its headers, the numbers of the results, the plan’s texts as safe rich text', async () => {
    const res = await download(htmlJob);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.html"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const html = res.body;
    expect(html).toContain('97,81 %');
    expect(html).toContain('Premessa scritta <strong>nell’app</strong> per la Relazione.');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('Il contesto comune a tutti i documenti.');
    expect(html).not.toContain('Solo per il Piano.');
    const job = (await call(app, cdg, 'getDocument', { params: { ...fg, jobId: htmlJob } })).json;
    expect(job.size).toBe(Buffer.byteLength(html));
    expect(job.finishedAt).not.toBeNull();
    // Audited: created by the user, done by the system.
    const history = await call(app, cdg, 'getHistory', { params: { entityId: FG }, query: { objectType: 'document', objectId: htmlJob } });
    expect(history.json.map((r: { action: string }) => r.action)).toEqual(['document.done', 'document.create']);
    expect(history.json[1].actor).toMatchObject({ userId: cdg.userId });
    expect((await verifyAuditChain(store.pool, FG)).ok).toBe(true);
  });

  it('a PDF: printed by the process’s Chromium, with the same numbers (pdftotext)', async () => {
    const created = await create(lettore, { kind: 'relazione', format: 'pdf', period: '2021' });
    expect(created.status).toBe(202);
    const { job, seen } = await waitDone(created.json.id);
    expect(job.status, job.message).toBe('done');
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1]!)).toBe(true);
    const res = await download(created.json.id, lettore);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pdf"/);
    const text = pdfText(res.rawPayload);
    expect(text).toMatch(/97,81\s%/);
    expect(text).toContain('Premessa scritta nell’app per la Relazione.');
    const list = await call(app, cdg, 'listDocuments', { params: fg });
    expect(list.json.map((j: { id: string }) => j.id).slice(0, 1)).toEqual([created.json.id]);
    expect(list.json.every((j: { status: string }) => j.status === 'done')).toBe(true);
  }, 60_000);

  it('after a change of the data the documents made before are stale; a new one is not', async () => {
    const before = (await call(app, cdg, 'getDocument', { params: { ...fg, jobId: htmlJob } })).json;
    const saved = await call(app, cdg, 'saveEntry', { params: { ...fg, indicatorId: 'OP.01.02.02-I1', periodId: '2021' }, body: { expectedVersion: 0, value: 3 } });
    expect(saved.status).toBe(200);
    const after = (await call(app, cdg, 'getDocument', { params: { ...fg, jobId: htmlJob } })).json;
    expect(after).toMatchObject({ stale: true, dataVersion: before.dataVersion });
    expect((await call(app, cdg, 'listDocuments', { params: fg })).json.every((j: { stale: boolean }) => j.stale)).toBe(true);
    const fresh = await create(cdg, { kind: 'monitoraggio', format: 'docx', period: '2021' });
    const { job } = await waitDone(fresh.json.id);
    expect(job).toMatchObject({ status: 'done', stale: false });
    expect(job.dataVersion).toBeGreaterThan(before.dataVersion);
    const res = await download(fresh.json.id);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('Relazione §5 tells the process the system recorded: adoption with its act, a period closed and reopened', async () => {
    expect((await call(app, cdg, 'adoptPlan', { params: fg, body: { act: 'Delibera di Giunta n. 14', actDate: '2021-02-01' } })).status).toBe(200);
    expect((await call(app, cdg, 'closePeriod', { params: { ...fg, periodId: '2021' }, body: {} })).status).toBe(200);
    expect((await call(app, cdg, 'reopenPeriod', { params: { ...fg, periodId: '2021' }, body: { reason: 'Dato del personale da correggere' } })).status).toBe(200);
    const created = await create(cdg, { kind: 'relazione', format: 'html', period: '2021' });
    const { job } = await waitDone(created.json.id);
    expect(job.status).toBe('done');
    const html = (await download(created.json.id)).body;
    const section5 = html.slice(html.indexOf('5 – Il processo di misurazione e valutazione'));
    expect(section5).toContain('Adozione del piano');
    expect(section5).toContain('Delibera di Giunta n. 14 del 01/02/2021');
    expect(section5).toContain('Chiusura del periodo');
    expect(section5).toContain('Riapertura del periodo');
    expect(section5).toContain('Dato del personale da correggere');
  }, 60_000);

  it('bad input: 400 with Italian messages on the fields at fault', async () => {
    const period = await create(cdg, { kind: 'relazione', format: 'pdf', period: '2099' });
    expect(period.status).toBe(400);
    expect(period.json.fields).toEqual([{ path: 'body.period', message: expect.stringMatching(/^Periodo sconosciuto: 2099 \(periodi del piano: 2021\)/) }]);
    const kind = await create(cdg, { kind: 'bilancio', format: 'pdf', period: '2021' });
    expect(kind.status).toBe(400);
    expect(kind.json.fields[0].path).toBe('body.kind');
    const format = await create(cdg, { kind: 'relazione', format: 'odt', period: '2021' });
    expect(format.status).toBe(400);
    expect(format.json.fields[0].path).toBe('body.format');
    const card = await create(cdg, { kind: 'scheda', format: 'pdf', period: '2021', scorecard: 'nessuno' });
    expect(card.json.fields).toEqual([{ path: 'body.scorecard', message: 'Scheda sconosciuta: nessuno (schede del piano: sg).' }]);
    const extra = await create(cdg, { kind: 'relazione', format: 'html', period: '2021', scorecard: 'sg' });
    expect(extra.json.fields[0]).toMatchObject({ path: 'body.scorecard', message: expect.stringMatching(/solo per il documento «scheda»/) });
    const year = await create(cdg, { kind: 'piano', format: 'html', period: '2030' });
    expect(year.json.fields[0]).toMatchObject({ path: 'body.period', message: expect.stringMatching(/anni del piano: 2021, 2022, 2023/) });
    expect((await create(cdg, { kind: 'piano', format: 'xlsx', period: '2022' })).status).toBe(202);
  });

  it('isolation: another entity’s plan and jobs are 404, unknown ids too; nothing leaks', async () => {
    const theirs = await create(cdgBg, { kind: 'piano', format: 'html', period: '2022' }, bg);
    expect(theirs.status).toBe(202);
    expect((await call(app, cdg, 'listDocuments', { params: bg })).status).toBe(404);
    expect((await call(app, cdg, 'createDocument', { params: bg, body: { kind: 'piano', format: 'html', period: '2022' } })).status).toBe(404);
    expect((await call(app, cdg, 'getDocument', { params: { ...bg, jobId: theirs.json.id } })).status).toBe(404);
    // Their job's id under our own plan: the same 404 as an unknown id.
    expect((await call(app, cdg, 'getDocument', { params: { ...fg, jobId: theirs.json.id } })).status).toBe(404);
    expect((await download(theirs.json.id)).statusCode).toBe(404);
    expect((await call(app, cdg, 'getDocument', { params: { ...fg, jobId: '99999999' } })).status).toBe(404);
    expect((await call(app, cdg, 'getDocument', { params: { ...fg, jobId: '99999999999999999999999' } })).status).toBe(404);
    expect((await call(app, cdg, 'getDocument', { params: { ...fg, jobId: 'abc' } })).status).toBe(400);
    expect((await call(app, cdg, 'listDocuments', { params: { entityId: FG, planId: '1999' } })).status).toBe(404);
    expect((await call(app, null, 'listDocuments', { params: fg })).status).toBe(401);
    const ours = (await call(app, cdg, 'listDocuments', { params: fg })).json as { id: string }[];
    expect(ours.some((j) => j.id === theirs.json.id)).toBe(false);
    expect((await waitDone(theirs.json.id, bg, cdgBg)).job.status).toBe('done');
  });

  it('two processes on one database share the queue: every job is rendered once', async () => {
    const other = await testApp(store, { documents: worker });
    try {
      const ids: string[] = [];
      for (const [i, kind] of (['relazione', 'monitoraggio', 'relazione', 'monitoraggio'] as const).entries()) {
        const res = await call(i % 2 ? other : app, cdg, 'createDocument', { params: fg, body: { kind, format: 'xlsx', period: '2021' } });
        expect(res.status).toBe(202);
        ids.push(res.json.id);
      }
      for (const id of ids) expect((await waitDone(id)).job.status).toBe('done');
      const { rows } = await store.pool.query<{ id: string; attempts: number; done: string }>(
        `SELECT j.id::text AS id, j.attempts, (SELECT count(*) FROM audit_records a WHERE a.entity_id = j.entity_id AND a.object_type = 'document'
            AND a.object_id = j.id::text AND a.action = 'document.done')::text AS done
           FROM document_jobs j WHERE j.id = ANY($1::bigint[]) ORDER BY j.id`,
        [ids],
      );
      expect(rows.map((r) => [r.attempts, r.done])).toEqual(ids.map(() => [1, '1']));
    } finally {
      await other.close();
    }
  });
});
