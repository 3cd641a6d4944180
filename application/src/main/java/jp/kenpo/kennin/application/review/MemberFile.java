package jp.kenpo.kennin.application.review;

import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A file uploaded for a dependent of a member of the staff's insurer, found as the help desk's
 * document view finds one: the member of the staff's insurer, the file of that insurer, filed under
 * one of that member's dependents. Anything else is not found, so ids cannot be probed.
 */
record MemberFile(InsuredMember member, SurveyDocument file) {

    static Optional<MemberFile> find(SurveyPorts ports, SignedInStaff staff, MemberId memberId, StoredDocument.Id id) {
        return ports.members().loadMember(memberId)
                .filter(m -> staff.insurer().filter(m.insurer()::equals).isPresent())
                .flatMap(m -> ports.documents().loadDocument(id)
                        .filter(d -> d.insurer().equals(m.insurer()))
                        .filter(d -> ports.dependents().dependentsOf(m.id()).stream()
                                .anyMatch(dependent -> dependent.id().equals(d.dependent())))
                        .map(d -> new MemberFile(m, d)));
    }
}
