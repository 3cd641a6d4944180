package jp.kenpo.kennin.application.roster;

/** A dependents roster on its way into the store: its rows name their member by card, found only when the file is whole. */
public interface DependentsStage extends RosterStage<DependentRosterEntry> {
    /** The lines whose 記号・番号 is no member of the insurer. */
    Lines unknownMembers(int limit);
}
