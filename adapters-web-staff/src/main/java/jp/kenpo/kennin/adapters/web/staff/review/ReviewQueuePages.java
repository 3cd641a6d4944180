package jp.kenpo.kennin.adapters.web.staff.review;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.progress.ListReviewQueueUseCase;
import jp.kenpo.kennin.application.progress.ListReviewQueueUseCase.ListReviewQueueCommand;
import jp.kenpo.kennin.application.progress.ListReviewQueueUseCase.ListReviewQueueResult;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.QueueCursor;
import jp.kenpo.kennin.application.progress.QueueFilter;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The review queue at /admin/review (REVIEW): filters in the query string, oldest submission
 * first, 50 a page with a link to the next page that starts after the last row shown. Each row
 * links to the member's review screen. A filter value that means nothing is simply not applied.
 */
public final class ReviewQueuePages implements StaffPages {
    static final String QUEUE = "/admin/review";
    /** The review screen of one member (built by the review screens). */
    static final String CASE = "/admin/review/members/";

    private final ListReviewQueueUseCase queue;
    private final ClientAddresses clients;
    private StaffViews views;

    public ReviewQueuePages(ListReviewQueueUseCase queue, ClientAddresses clients) {
        this.queue = queue;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(QUEUE, StaffPermission.REVIEW, this::list);
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(QUEUE, "progress.queue.menu", Optional.of(StaffPermission.REVIEW)));
    }

    /** The filter form as typed, for showing it again. */
    public record Form(String status, String prospect, String office, String relationship, String returned, String pending,
                       String assignee) {
    }

    private void list(Context ctx) {
        SignedInStaff staff = StaffRequest.staff(ctx);
        Form form = new Form(param(ctx, "status"), param(ctx, "prospect"), param(ctx, "office"), param(ctx, "relationship"),
                param(ctx, "returned"), param(ctx, "pending"), param(ctx, "assignee"));
        ListReviewQueueResult result = queue.listReviewQueue(new ListReviewQueueCommand(staff, filter(form, staff),
                cursor(param(ctx, "after")), clients.of(ctx)));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("listed", result instanceof ListReviewQueueResult.Listed listed ? listed : null);
        model.put("statuses", QueueFilter.STATUSES.stream().sorted().toList());
        model.put("prospects", List.of(Prospect.values()));
        model.put("relationships", Arrays.stream(Relationship.values()).filter(r -> r != Relationship.OUT_OF_SCOPE).toList());
        model.put("filterQuery", filterQuery(form));
        views.render(ctx, "review/queue.jte", "progress.queue.title", model);
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    static QueueFilter filter(Form form, SignedInStaff staff) {
        ProgressStatus status = parse(ProgressStatus::valueOf, form.status()).filter(QueueFilter.STATUSES::contains)
                .orElse(ProgressStatus.SUBMITTED);
        return new QueueFilter(status, parse(Prospect::valueOf, form.prospect()),
                Optional.of(form.office()).filter(o -> !o.isEmpty()), parse(Relationship::valueOf, form.relationship()),
                yesNo(form.returned()), yesNo(form.pending()), assignee(form.assignee(), staff));
    }

    private static <T> Optional<T> parse(Function<String, T> valueOf, String raw) {
        try {
            return raw.isEmpty() ? Optional.empty() : Optional.of(valueOf.apply(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> yesNo(String raw) {
        return switch (raw) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static QueueFilter.Assignee assignee(String raw, SignedInStaff staff) {
        if (raw.equals("unassigned")) {
            return new QueueFilter.Assignee.Unassigned();
        }
        if (raw.equals("me")) {
            return new QueueFilter.Assignee.Taken(staff.id());
        }
        if (raw.matches("[1-9][0-9]{0,17}")) {
            return new QueueFilter.Assignee.Taken(new StaffId(Long.parseLong(raw)));
        }
        return new QueueFilter.Assignee.Anyone();
    }

    /** "instant_member", as {@link #cursorParam} writes it; anything else starts from the beginning. */
    static Optional<QueueCursor> cursor(String raw) {
        int cut = raw.lastIndexOf('_');
        if (cut < 0 || !raw.substring(cut + 1).matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QueueCursor(Instant.parse(raw.substring(0, cut)), Long.parseLong(raw.substring(cut + 1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String cursorParam(QueueCursor cursor) {
        return encode(cursor.submittedAt() + "_" + cursor.member());
    }

    private static String filterQuery(Form form) {
        return "status=" + encode(form.status()) + "&prospect=" + encode(form.prospect()) + "&office=" + encode(form.office())
                + "&relationship=" + encode(form.relationship()) + "&returned=" + encode(form.returned()) + "&pending="
                + encode(form.pending()) + "&assignee=" + encode(form.assignee());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String caseLink(long member) {
        return CASE + member;
    }
}
