-- Two pages missed 100 ms at a million members (bench/progress.sh, bench/progress-1m-run*.log):
--
-- 1. The dashboard looked each running deadline extension's member up in member_progress (5,000 key lookups per
--    request). The member's extension now lives in member_progress, kept by the same store path as the status
--    (the extension use cases track the member in the extension's transaction; the rebuild fills it), so the
--    running extensions are one range of this index, read without the table.
alter table member_progress add column extended_until date;
create index member_progress_extended_ix on member_progress (insurer_code, fiscal_year, extended_until, office, status);

-- 2. The review queue filtered by 続柄 checked every submitted member's dependents in queue order: when few or none
--    matched it walked all of them (1.3-1.8 s). One row per submitted member and relationship among their
--    dependents, with the member's status and submission time, kept by the store path (the member's rows deleted and
--    inserted again in the transaction that stores their progress): the filtered queue is one range of this index,
--    already in the queue's order (oldest submission, then member id), so keyset paging stays a range too.
create table member_progress_relationship (
    insurer_code varchar(30)              not null,
    fiscal_year  integer                  not null,
    member_id    bigint                   not null,
    relationship varchar(30)              not null,
    status       varchar(20)              not null,
    submitted_at timestamp with time zone not null,
    primary key (insurer_code, fiscal_year, member_id, relationship)
);
-- No foreign key to member_progress: the rows are derived and written only by the store path that writes the
-- member's member_progress row in the same transaction. At a million members the key's check made a rebuild crawl
-- (PostgreSQL planned it while member_progress was still empty: 270 members a second).
create index member_progress_relationship_queue_ix on member_progress_relationship (insurer_code, fiscal_year, status,
    relationship, submitted_at, member_id);
