package jp.kenpo.kennin.domain.staff;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the back office. Every role but {@link #OPERATOR} belongs to one insurer. */
public enum StaffRole {
    /** Installation-wide: creates insurers and their first 管理者; sees no member's data. */
    OPERATOR(EnumSet.of(StaffPermission.MANAGE_INSURERS)),
    /** 管理者: everything for their insurer. */
    ADMINISTRATOR(EnumSet.complementOf(EnumSet.of(StaffPermission.MANAGE_INSURERS))),
    /** 審査担当: looks members up, opens documents, decides. */
    REVIEWER(EnumSet.of(StaffPermission.LOOK_UP_MEMBERS, StaffPermission.VIEW_DOCUMENTS, StaffPermission.REVIEW,
            StaffPermission.VIEW_PROGRESS)),
    /** 問い合わせ対応: looks up and helps, never decides. */
    HELP_DESK(EnumSet.of(StaffPermission.LOOK_UP_MEMBERS, StaffPermission.VIEW_DOCUMENTS, StaffPermission.HELP_MEMBERS,
            StaffPermission.VIEW_PROGRESS)),
    /** 事業所担当: an employer's HR contact, read-only progress of their own 事業所. */
    EMPLOYER_CONTACT(EnumSet.of(StaffPermission.VIEW_OFFICE_PROGRESS));

    private final Set<StaffPermission> permissions;

    StaffRole(EnumSet<StaffPermission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean permits(StaffPermission permission) {
        return permissions.contains(permission);
    }

    public Set<StaffPermission> permissions() {
        return permissions;
    }

    /** Whether staff of this role belong to an insurer (all but the operator). */
    public boolean belongsToInsurer() {
        return this != OPERATOR;
    }
}
