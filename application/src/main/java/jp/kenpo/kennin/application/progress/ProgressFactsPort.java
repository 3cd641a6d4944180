package jp.kenpo.kennin.application.progress;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/** Reads what a member's progress is computed from. */
public interface ProgressFactsPort {
    /** Empty when the member is not the insurer's. */
    Optional<ProgressFacts> factsOf(InsurerCode insurer, int fiscalYear, MemberId member);

    /** The next {@code limit} members of the insurer by id after {@code afterMemberId}, for a rebuild in batches. */
    List<ProgressFacts> factsAfter(InsurerCode insurer, int fiscalYear, long afterMemberId, int limit);
}
