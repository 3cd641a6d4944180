package jp.kenpo.kennin.application.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A file uploaded for a dependent of a member of the staff's insurer: the member of the staff's
 * insurer, the file of that insurer, filed under one of that member's dependents. Anything else is
 * not found, so ids cannot be probed. The one lookup for every staff view of a member's file (the
 * help desk's download, the review screen's page images and page counts).
 */
public record MemberFile(InsuredMember member, SurveyDocument file) {

    public static Optional<MemberFile> find(SurveyPorts ports, SignedInStaff staff, MemberId memberId, StoredDocument.Id id) {
        return findAll(ports, staff, memberId, List.of(id)).stream().findFirst();
    }

    /** The ones of {@code ids} that are this member's files; the member and their dependents are read once. */
    static List<MemberFile> findAll(SurveyPorts ports, SignedInStaff staff, MemberId memberId, List<StoredDocument.Id> ids) {
        Optional<InsuredMember> member = ports.members().loadMember(memberId)
                .filter(m -> staff.insurer().filter(m.insurer()::equals).isPresent());
        if (member.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        InsuredMember m = member.get();
        Set<DependentId> dependents = ports.dependents().dependentsOf(m.id()).stream().map(Dependent::id)
                .collect(Collectors.toSet());
        return ids.stream().flatMap(id -> ports.documents().loadDocument(id).stream())
                .filter(d -> d.insurer().equals(m.insurer()) && dependents.contains(d.dependent()))
                .map(d -> new MemberFile(m, d)).toList();
    }
}
