-- The review queue filtered by the rules engine's 見込み (the filter reviewers use most): with the
-- prospect after the status, one index range gives the rows already in the queue's order (oldest
-- submission first), instead of walking every submitted member and dropping the other prospects.
-- Measured by bench/progress.sh at 1,000,000 members (REPORT.md of issue 10's progress helper).
create index member_progress_prospect_ix on member_progress (insurer_code, fiscal_year, status, prospect, submitted_at,
    member_id);
