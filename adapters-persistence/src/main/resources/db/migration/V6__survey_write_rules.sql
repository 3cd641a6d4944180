-- How many files each dependent has in a survey year (issue 8). The limit on files per dependent
-- is kept by one conditional update of this count (files = files + 1 where files < limit) in the
-- same transaction as the document's row: a count taken with select would let parallel uploads
-- all see room and all be stored. Same dialect rules as V1: runs unchanged on PostgreSQL and on
-- H2 in PostgreSQL mode, read by jOOQ's DDLDatabase.
create table survey_document_count (
    insurer_code varchar(30) not null,
    fiscal_year  integer     not null,
    dependent_id bigint      not null references dependent (id),
    files        integer     not null,
    primary key (insurer_code, fiscal_year, dependent_id),
    constraint survey_document_count_year_fk foreign key (insurer_code, fiscal_year)
        references survey_year (insurer_code, fiscal_year),
    constraint survey_document_count_ck check (files >= 0)
);

insert into survey_document_count (insurer_code, fiscal_year, dependent_id, files)
select insurer_code, fiscal_year, dependent_id, count(*)
from survey_document
group by insurer_code, fiscal_year, dependent_id;
