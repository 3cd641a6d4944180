package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.roster.HeldRoster;
import jp.kenpo.kennin.application.roster.HeldRosterPort;
import jp.kenpo.kennin.domain.staff.StaffId;

/** {@link HeldRosterPort} in memory, with the database's rules (one per staff member, taken once). */
public final class InMemoryHeldRosters implements HeldRosterPort {
    private final Map<String, HeldRoster> held = new LinkedHashMap<>();

    @Override
    public synchronized void hold(String tokenHash, HeldRoster roster) {
        held.values().removeIf(h -> h.staff().equals(roster.staff()));
        held.put(tokenHash, roster);
    }

    @Override
    public synchronized Optional<HeldRoster> release(String tokenHash, StaffId staff, Instant notBefore) {
        HeldRoster found = held.get(tokenHash);
        if (found == null || !found.staff().equals(staff) || found.heldAt().isBefore(notBefore)) {
            return Optional.empty();
        }
        held.remove(tokenHash);
        return Optional.of(found);
    }

    @Override
    public synchronized int forgetHeldBefore(Instant expiredBefore) {
        int before = held.size();
        held.values().removeIf(h -> h.heldAt().isBefore(expiredBefore));
        return before - held.size();
    }
}
