package jp.kenpo.kennin.application.helpdesk;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;

/** The help desk's search of one insurer's roster by what a caller can tell over the phone. */
public interface SearchMembersPort {
    /**
     * Members of the insurer whose kana name, compared by {@link jp.kenpo.kennin.domain.text.JapaneseText#kanaKey},
     * contains {@code kanaKey}; ordered by that key and then by id, so pages do not overlap.
     */
    List<InsuredMember> findByKana(InsurerCode insurer, String kanaKey, int offset, int limit);
}
