package jp.kenpo.kennin.application.letters;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.kenpo.kennin.application.letters.LetterSelection.Card;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** The members a selection names, read for the request (how many) and for the run (one by one). */
public interface LetterMembersPort {
    /** Which of {@code cards} the insurer has a member with. */
    Set<Card> knownCards(InsurerCode insurer, Collection<Card> cards);

    long countLetterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection);

    /**
     * The selected members ordered by 事業所, then 記号, then 番号 (as numbers), so each employer's
     * letters lie together for handing out; handed one by one to {@code sink}. The deadline
     * extension is the member's in {@code fiscalYear}.
     */
    void letterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection, Consumer<LetterMember> sink);

    /** The 事業所 names of the insurer's members, for staff to choose from. */
    List<String> offices(InsurerCode insurer);
}
