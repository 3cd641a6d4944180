package jp.kenpo.kennin.application.dependent;

import java.util.List;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.member.MemberId;

public interface LoadDependentsPort {
    /** The member's dependents in order of 被扶養者番号; empty for a member without any. */
    List<Dependent> dependentsOf(MemberId member);
}
