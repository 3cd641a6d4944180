package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.security.RunAfterAnswerPort;

/** Runs work at once, like a server with an idle mail thread, until a test holds it back to look in between. */
public final class DeferredWork implements RunAfterAnswerPort {
    private final List<Runnable> held = new ArrayList<>();
    private int submitted;
    private boolean holding;

    @Override
    public synchronized void runAfterAnswer(Runnable work) {
        submitted++;
        if (holding) {
            held.add(work);
        } else {
            work.run();
        }
    }

    public synchronized void hold() {
        holding = true;
    }

    /** Runs what was held back and goes back to running at once. */
    public void release() {
        List<Runnable> work;
        synchronized (this) {
            holding = false;
            work = List.copyOf(held);
            held.clear();
        }
        work.forEach(Runnable::run);
    }

    public synchronized int submitted() {
        return submitted;
    }
}
