-- A test run's PostgreSQL is thrown away after the run: its writes need not survive a crash of the machine, so they are
-- not forced to disk (PostgreSQL's "non-durable settings"). What a test can see is unchanged: a server or PostgreSQL
-- that is killed keeps what it committed, as the operating system still holds it. Run by tests/support/globalSetup.ts
-- on the embedded cluster, and by .ci/postgresql on the CI's; one statement a line (ALTER SYSTEM refuses a transaction).
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET full_page_writes = off;
SELECT pg_reload_conf();
