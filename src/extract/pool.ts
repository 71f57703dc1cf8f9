import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors';
import { sha256 } from '../hash';
import { fromRoot } from '../paths';
import { readText, Reading, ReadingInput } from './read';

/** Texts from this long (about 3,000 words, some 40 ms of work) are long: they have a worker of their own. */
export const LONG_TEXT_CHARACTERS = 20_000;
/** The old name of LONG_TEXT_CHARACTERS, from when shorter texts were read in the request's own thread. */
export const INLINE_CHARACTERS = LONG_TEXT_CHARACTERS;
/** Long texts waiting for their worker, beyond the one it reads; one more is a 503. */
const MAX_LONG_WAITING = 4;
/**
 * Short texts waiting for theirs: each is some tens of milliseconds of work, so a burst of editors' texts (read one
 * after another in the server's thread before) is queued, not turned away.
 */
const MAX_SHORT_WAITING = 64;
/** A text still unread after this long stops its worker (a new one starts for the next text). */
const READ_TIMEOUT_MS = 30_000;
const RETRY_AFTER_S = 5;
/**
 * Requests one reading may answer (a text asked for again while it waits or is read joins it); one more is a 503, as
 * a text past the queue is: a flood of one text is turned away as a flood of many is, not held without bound.
 */
const ASKERS_PER_TEXT = 16;
/**
 * A text being read when its last asker left is read on this long before its worker is stopped: a new worker takes
 * about as long to start (1–2 s on a busy machine, its lexicons loaded), more than most texts take to read, so a short
 * text is finished rather than its worker thrown away, and a page reloaded meanwhile joins the reading under way.
 */
const ABANDONED_READ_MS = 2_000;
/**
 * The heap a worker may use (its old generation, MiB): past it the worker stops, out of memory, and its text is a 503
 * (`ExtractorFailed`), not the process's memory. Without it a worker took V8's default for the machine (some GiB on 24
 * GiB), beside the server's own 1 GiB (`npm start`). Every hostile text of the bench at 1,000,000 characters, and the
 * 10,000-word article, are read in a whole process of 192 MiB.
 */
const WORKER_HEAP_MB = 512;

/** "30 seconds", "0.4 seconds". */
const seconds = (ms: number) => `${ms / 1000} seconds`;

/** The extractor cannot take the text now: retry shortly. */
const busy = (message: string) => new DomainError('busy', message, [{ field: 'text', message }], RETRY_AFTER_S);

/**
 * A text the extractor gave up on at its time limit (`busy`, a 503 as before). Its words say what happened and what to
 * do: not "retry in a few seconds" (the same text may take as long again), but later, when the server is less busy,
 * or in shorter parts. The workspace's page says it in its own words (`src/web/workspace/errors.tsx`).
 */
export class ReadTimeout extends DomainError {
  constructor(readonly seconds: number) {
    const message = `the extractor gave up on the text after ${seconds} seconds and proposed nothing; the same text may take as long again: retry later, when the server is less busy, or send the text in shorter parts`;
    super(
      'busy',
      `The text took longer than ${seconds} seconds to read: the extractor gave up and proposed nothing. A retry of the same text may take as long again: retry later, when the server is less busy, or send the text in shorter parts.`,
      [{ field: 'text', message }],
      RETRY_AFTER_S,
    );
  }
}

/**
 * The extractor failed on a text: its rules threw, or its worker stopped (killed, out of memory). A 503 `busy` naming
 * `text`, in words, as the time limit's is, but with no Retry-After (the same text may fail again): it had been a
 * plain Error, a 500 to the editor, for a text the editor pasted. What went wrong is the error's `cause` (for the log),
 * not its words. The next text has a worker (a new one if it stopped).
 */
export class ExtractorFailed extends DomainError {
  constructor(override readonly cause: string) {
    const message =
      'the extractor failed on the text and proposed nothing; the same text may fail again: send it in shorter parts, or enter its claims by hand';
    super(
      'busy',
      'The extractor failed on the text and proposed nothing. The same text may fail again: send it in shorter parts, or enter its claims by hand.',
      [{ field: 'text', message }],
      // (no Retry-After: a client that retries as told would send the same text to the same failure)
    );
  }
}

/**
 * The text's reading was dropped: everyone who asked for it left (closed the connection, or was answered otherwise)
 * before it was read. Nobody hears it; it says so in the log of a request answered meanwhile.
 */
export class ReadAbandoned extends DomainError {
  constructor() {
    const message = 'the client left before the text was read: it was not read';
    super('busy', 'The client left before the text was read: the extractor dropped it.', [{ field: 'text', message }]);
  }
}

/** A worker without a text for this long stops (the next text starts another): no idle thread kept. */
const IDLE_MS = 5_000;
/** The worker's bundle, built with the server (scripts/build-server.mjs). */
export const WORKER_FILE = fromRoot('dist', 'server', 'extract-worker.js');

/** One request waiting for a text's reading. */
interface Asker {
  resolve: (reading: Reading) => void;
  reject: (err: Error) => void;
  /** Stops listening to the asker's signal once its answer is settled. */
  unlisten: () => void;
}

interface Job {
  id: number;
  /** The input's hash: a text asked for again with the same input while it waits or is read joins this job. */
  key: string;
  input: ReadingInput;
  /** Ends the job's wait for the worker when it has waited too long (`maxWaitMs`). */
  waiting?: NodeJS.Timeout;
  /** Stops the worker reading this job when nobody has come back for it (ABANDONED_READ_MS after its last asker left). */
  abandoned?: NodeJS.Timeout;
  /** Whoever waits for this reading: when the last has left, the text is dropped (from the queue, or its worker stopped). */
  askers: Set<Asker>;
}

/**
 * Reads every text in a worker thread, never in the server's own: how long the extractor's rules take is not known
 * from a text's length (19,998 characters of "1 1 1 …" took 10 s, and a text read in the request's thread would have
 * held up every other request of the server that long, /health included), and only work in a worker can be stopped
 * at the time limit. Short texts and long ones have a worker each, so that an editor's short text is not queued
 * behind a 1 MiB article. Without the worker's bundle (running from the TypeScript sources), texts are read in the
 * request's thread.
 */
export class ExtractPool {
  private readonly short: WorkerLane | null;
  private readonly long: WorkerLane | null;

  constructor(
    workerFile: string | null = fs.existsSync(WORKER_FILE) ? WORKER_FILE : null,
    {
      readTimeoutMs = READ_TIMEOUT_MS,
      heapMb = WORKER_HEAP_MB,
      maxWaitMs = readTimeoutMs,
    }: { readTimeoutMs?: number; heapMb?: number; maxWaitMs?: number } = {},
  ) {
    this.short = workerFile === null ? null : new WorkerLane(workerFile, 'short', MAX_SHORT_WAITING, readTimeoutMs, heapMb, maxWaitMs);
    this.long = workerFile === null ? null : new WorkerLane(workerFile, 'long', MAX_LONG_WAITING, readTimeoutMs, heapMb, maxWaitMs);
  }

  /** Told what went wrong when the extractor fails on a text (the server logs it: the editor's answer does not say). */
  onFailure: (cause: string) => void = () => undefined;

  /**
   * The text's reading. `signal`: aborted when whoever asked no longer needs it (its client left): the text is dropped
   * if nobody else waits for it, from the queue or from its worker (stopped, a new one starts for the next text), rather
   * than read for nobody while the texts behind it wait (ReadAbandoned). A text asked for again, with the same input,
   * while it waits or is read (a review opened in two tabs at once; twenty editors pasting one article) is read once for
   * all of them, up to ASKERS_PER_TEXT.
   */
  async read(input: ReadingInput, signal?: AbortSignal): Promise<Reading> {
    const lane = input.text.length < LONG_TEXT_CHARACTERS ? this.short : this.long;
    if (signal?.aborted) throw new ReadAbandoned();
    if (lane === null) return readText(input);
    try {
      return await lane.read(input, signal);
    } catch (err) {
      if (err instanceof ExtractorFailed) this.onFailure(err.cause);
      throw err;
    }
  }

  /** Stops the workers (a server shutting down, a test ending); texts waiting are refused. */
  async close(): Promise<void> {
    await Promise.all([this.short?.close(), this.long?.close()]);
  }
}

/**
 * One worker thread reading texts in turn: the server's own thread stays free for other requests while an editor's
 * 1 MiB article is read (about two seconds of work), and a flood of texts is turned away with a 503 rather than
 * queued without end.
 */
class WorkerLane {
  private worker: Worker | null = null;
  private current: Job | null = null;
  private readonly queue: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(
    private readonly workerFile: string,
    private readonly kind: 'short' | 'long',
    private readonly maxWaiting: number,
    private readonly readTimeoutMs: number,
    private readonly heapMb: number,
    private readonly maxWaitMs: number = readTimeoutMs,
  ) {}

  async read(input: ReadingInput, signal?: AbortSignal): Promise<Reading> {
    const key = sha256(JSON.stringify(input));
    const joined = this.current?.key === key ? this.current : this.queue.find((j) => j.key === key);
    if (joined) {
      if (joined.askers.size >= ASKERS_PER_TEXT)
        throw busy(
          `The extractor is reading this text for ${joined.askers.size} requests already, as many as it answers at once: retry in a few seconds.`,
        );
      return this.ask(joined, signal);
    }
    if (this.queue.length >= this.maxWaiting) {
      throw busy(
        `The extractor is reading a ${this.kind} text and has ${this.queue.length} more waiting, as many as it keeps: retry in a few seconds.`,
      );
    }
    const job: Job = { id: this.nextId++, key, input, askers: new Set() };
    const reading = this.ask(job, signal);
    // A text waits for the worker at most as long as one text may be read: behind four texts each read to the time
    // limit it had waited two minutes before its own 30 s began, its editor (or client) with no answer meanwhile.
    job.waiting = setTimeout(() => {
      const at = this.queue.indexOf(job);
      if (at < 0) return;
      this.queue.splice(at, 1);
      this.settle(
        job,
        busy(
          `The extractor was busy with other ${this.kind} texts for ${seconds(this.maxWaitMs)} and did not begin this one: retry in a minute, or send a shorter text.`,
        ),
      );
    }, this.maxWaitMs);
    job.waiting.unref();
    this.queue.push(job);
    this.pump();
    return reading;
  }

  /** Waits for the job's reading on behalf of one asker, who may leave (`signal`): the job is dropped when the last has. */
  private ask(job: Job, signal?: AbortSignal): Promise<Reading> {
    return new Promise<Reading>((resolve, reject) => {
      const leave = () => {
        job.askers.delete(asker);
        asker.unlisten();
        reject(new ReadAbandoned());
        if (job.askers.size === 0) this.drop(job);
      };
      const asker: Asker = { resolve, reject, unlisten: () => signal?.removeEventListener('abort', leave) };
      clearTimeout(job.abandoned);
      job.askers.add(asker);
      signal?.addEventListener('abort', leave, { once: true });
    });
  }

  /**
   * A job nobody waits for any more: out of the queue; being read, its worker stopped and the next text begun unless it
   * finishes, or someone asks for it again, within ABANDONED_READ_MS.
   */
  private drop(job: Job): void {
    const at = this.queue.indexOf(job);
    if (at >= 0) {
      this.queue.splice(at, 1);
      clearTimeout(job.waiting);
      return;
    }
    if (this.current !== job) return;
    job.abandoned = setTimeout(() => {
      if (this.current !== job || job.askers.size > 0) return;
      // (as at the time limit: the worker stops before the next text is given to one)
      this.restart();
      this.finish(job, new ReadAbandoned());
    }, ABANDONED_READ_MS);
    job.abandoned.unref();
  }

  /** Answers everyone waiting for the job: each asker after the first its own copy (each goes on to change its candidates). */
  private settle(job: Job, err: Error | null, reading?: Reading): void {
    let first = true;
    for (const asker of job.askers) {
      asker.unlisten();
      if (err) asker.reject(err);
      else asker.resolve(first ? reading! : structuredClone(reading!));
      first = false;
    }
    job.askers.clear();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.waiting);
      this.settle(job, busy('The server is stopping.'));
    }
    if (this.current) this.finish(this.current, busy('The server is stopping.'));
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    clearTimeout(job.waiting);
    this.current = job;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.ensureWorker();
    this.timer = setTimeout(() => {
      // The worker stops before the next text is given to one: that text starts a new worker (given to this one, it
      // was lost with it, and its request answered 500).
      this.restart();
      this.finish(job, new ReadTimeout(this.readTimeoutMs / 1000));
    }, this.readTimeoutMs);
    worker.postMessage({ id: job.id, input: job.input });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    worker.on('message', (msg: { id: number; reading?: Reading; error?: string }) => {
      const job = this.current;
      if (!job || job.id !== msg.id) return;
      this.finish(job, msg.error === undefined ? null : new ExtractorFailed(msg.error), msg.reading);
    });
    // A worker this lane stopped (time limit, idle, close) is no longer this.worker: its end says nothing of the
    // text being read now, which another worker has.
    worker.on('error', (err) => {
      if (this.worker !== worker) return;
      this.restart();
      if (this.current) this.finish(this.current, new ExtractorFailed(err.message));
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.current) this.finish(this.current, new ExtractorFailed("the extractor's worker stopped"));
    });
    // An idle worker keeps no process alive (a test, a script; the read's time limit does while a text is read). After
    // the listeners: attaching a 'message' listener refs the worker again, which had kept every process that read a
    // text alive until the worker's idle stop, five seconds later.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private finish(job: Job, err: Error | null, reading?: Reading): void {
    if (this.current !== job) return;
    clearTimeout(job.abandoned);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    this.settle(job, err, reading);
    this.pump();
    if (!this.current && this.worker) {
      this.idle = setTimeout(() => {
        if (!this.current) this.restart();
      }, IDLE_MS);
      this.idle.unref();
    }
  }

  private restart(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}
