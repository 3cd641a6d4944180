package jp.kenpo.kennin.domain.staff;

/**
 * What a staff member may do. Routes and use cases ask for a permission, never for a role, so a
 * role's reach is read in one place: {@link StaffRole#permits(StaffPermission)}.
 */
public enum StaffPermission {
    /** Create insurers and their first 管理者 (installation-wide operator only). */
    MANAGE_INSURERS,
    /** Create, disable and re-enrol the insurer's staff. */
    MANAGE_STAFF,
    /** Display name, sender, contact details, credential policy, eligibility overrides. */
    MANAGE_SETTINGS,
    MANAGE_TERMS,
    MANAGE_NOTICES,
    IMPORT_ROSTERS,
    MANAGE_SURVEY_YEARS,
    /** Find a member and see their registration, mails, survey status and submissions. */
    LOOK_UP_MEMBERS,
    /** Open a member's proof documents (audited). */
    VIEW_DOCUMENTS,
    /** Unlock, re-send, extend, send back, call notes, answer on the member's behalf. */
    HELP_MEMBERS,
    /** Take submissions from the review queue, decide, approve others' decisions, reject files. */
    REVIEW,
    /** The survey year's dashboard for every 事業所 and the non-submitters' lists. */
    VIEW_PROGRESS,
    /** The result export for the core system and the summary report for the board. */
    EXPORT_RESULTS,
    VIEW_AUDIT_LOG,
    /** Campaign mail templates, campaigns (start, pause, resume), undeliverable addresses and letters. */
    MANAGE_MAILINGS,
    /** Read-only progress and non-submitters of the staff member's own 事業所. */
    VIEW_OFFICE_PROGRESS
}
