package jp.kenpo.kennin.application.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.kenpo.kennin.application.letters.LetterSelection.Card;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * letter_batch, the members, the kept files and the PDF in memory: batches move state only from
 * the states the real port moves them from; the "PDF" is one line per letter, so a test reads what
 * each letter said; {@link #failAfter} makes the PDF fail after so many letters.
 */
public final class InMemoryLetters implements LetterBatchPort, LetterMembersPort, LetterFilesPort, LetterPdfPort,
        ScheduleLetterBatchPort {
    public record Member(InsurerCode insurer, LetterMember member, boolean undeliverable, boolean submitted) {
    }

    public final Map<Long, LetterBatch> batches = new ConcurrentHashMap<>();
    public final List<Member> members = new ArrayList<>();
    public final Map<String, byte[]> files = new ConcurrentHashMap<>();
    public final List<Long> scheduled = new ArrayList<>();
    public final List<Long> discarded = new ArrayList<>();
    public int failAfter = Integer.MAX_VALUE;
    private final AtomicLong ids = new AtomicLong();

    public void member(InsurerCode insurer, long id, String symbol, String number, String office, Optional<LocalDate> extended,
                boolean undeliverable, boolean submitted) {
        members.add(new Member(insurer, new LetterMember(new MemberId(id), "会員" + id, new MemberSymbol(symbol),
                new MemberNumber(number), office, extended), undeliverable, submitted));
    }

    // --- batches ---

    @Override
    public long queueLetterBatch(InsurerCode insurer, int fiscalYear, LetterSelection selection, long requestedBy, Instant at) {
        long id = ids.incrementAndGet();
        batches.put(id, new LetterBatch(id, insurer, fiscalYear, LetterSelection.restore(selection.kind(), selection.argument()),
                LetterBatch.State.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(requestedBy), at,
                Optional.empty()));
        return id;
    }

    @Override
    public Optional<LetterBatch> findLetterBatch(InsurerCode insurer, long id) {
        return Optional.ofNullable(batches.get(id)).filter(b -> b.insurer().equals(insurer));
    }

    @Override
    public List<LetterBatch> recentLetterBatches(InsurerCode insurer, int limit) {
        return batches.values().stream().filter(b -> b.insurer().equals(insurer))
                .sorted(Comparator.comparingLong(LetterBatch::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<LetterBatch> startLetterBatch(long id) {
        LetterBatch b = batches.get(id);
        if (b == null || !(b.state() == LetterBatch.State.QUEUED || b.state() == LetterBatch.State.RUNNING)) {
            return Optional.empty();
        }
        LetterBatch running = with(b, LetterBatch.State.RUNNING, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        batches.put(id, running);
        return Optional.of(running);
    }

    @Override
    public synchronized boolean finishLetterBatch(long id, int letters, String fileName, Instant at) {
        LetterBatch b = batches.get(id);
        if (b == null || b.state() != LetterBatch.State.RUNNING) {
            return false;
        }
        batches.put(id, with(b, LetterBatch.State.DONE, Optional.of(letters), Optional.of(fileName), Optional.empty(),
                Optional.of(at)));
        return true;
    }

    @Override
    public synchronized boolean failLetterBatch(long id, LetterFailure failure, Instant at) {
        LetterBatch b = batches.get(id);
        if (b == null || !(b.state() == LetterBatch.State.QUEUED || b.state() == LetterBatch.State.RUNNING)) {
            return false;
        }
        batches.put(id, with(b, LetterBatch.State.FAILED, Optional.empty(), Optional.empty(), Optional.of(failure),
                Optional.of(at)));
        return true;
    }

    private static LetterBatch with(LetterBatch b, LetterBatch.State state, Optional<Integer> letters, Optional<String> file,
                                    Optional<LetterFailure> failure, Optional<Instant> finished) {
        return new LetterBatch(b.id(), b.insurer(), b.fiscalYear(), b.selection(), state, letters, file, failure,
                b.requestedBy(), b.requestedAt(), finished);
    }

    // --- members ---

    @Override
    public Set<Card> knownCards(InsurerCode insurer, Collection<Card> cards) {
        Set<Card> known = new HashSet<>();
        for (Member m : members) {
            Card card = new Card(m.member().symbol(), m.member().number());
            if (m.insurer().equals(insurer) && cards.contains(card)) {
                known.add(card);
            }
        }
        return known;
    }

    @Override
    public long countLetterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection) {
        return selected(insurer, selection).size();
    }

    @Override
    public void letterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection, Consumer<LetterMember> sink) {
        selected(insurer, selection).forEach(sink);
    }

    @Override
    public List<String> offices(InsurerCode insurer) {
        return members.stream().filter(m -> m.insurer().equals(insurer)).map(m -> m.member().office()).distinct().sorted()
                .toList();
    }

    private List<LetterMember> selected(InsurerCode insurer, LetterSelection selection) {
        return members.stream().filter(m -> m.insurer().equals(insurer)).filter(m -> selects(selection, m)).map(Member::member).sorted(Comparator.comparing(LetterMember::office)
                .thenComparing(m -> m.symbol().value().length()).thenComparing(m -> m.symbol().value())
                .thenComparing(m -> m.number().value().length()).thenComparing(m -> m.number().value())).toList();
    }

    private static boolean selects(LetterSelection selection, Member m) {
        if (selection instanceof LetterSelection.Office o) {
            return m.member().office().equals(o.name());
        }
        if (selection instanceof LetterSelection.Cards c) {
            return c.cards().contains(new Card(m.member().symbol(), m.member().number()));
        }
        if (selection instanceof LetterSelection.NotSubmitted n) {
            return !m.submitted() && n.office().map(m.member().office()::equals).orElse(true);
        }
        return m.undeliverable();
    }

    // --- files ---

    @Override
    public NewLetterFile newLetterFile(long batchId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new NewLetterFile() {
            private boolean kept;

            @Override
            public OutputStream out() {
                return out;
            }

            @Override
            public String keep() {
                String name = "batch-" + batchId + ".pdf";
                files.put(name, out.toByteArray());
                kept = true;
                return name;
            }

            @Override
            public void close() {
                if (!kept) {
                    discarded.add(batchId);
                }
            }
        };
    }

    @Override
    public boolean copyLetterFile(String fileName, Supplier<OutputStream> out) {
        byte[] bytes = files.get(fileName);
        if (bytes == null) {
            return false;
        }
        try {
            out.get().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    // --- pdf ---

    @Override
    public LetterDocument open(Sender sender, OutputStream out) {
        return new LetterDocument() {
            private final StringBuilder text = new StringBuilder();
            private int letters;

            @Override
            public void add(Letter letter) {
                if (letters++ >= failAfter) {
                    throw new UncheckedIOException(new IOException("disk full"));
                }
                text.append(sender.insurerName()).append('|').append(letter.name()).append('|').append(letter.card().text())
                        .append('|').append(letter.deadline()).append('|').append(sender.signupUrl()).append('\n');
            }

            @Override
            public void finish() {
                try {
                    out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    // --- scheduling ---

    @Override
    public synchronized void scheduleLetterBatch(long batchId) {
        scheduled.add(batchId);
    }
}
