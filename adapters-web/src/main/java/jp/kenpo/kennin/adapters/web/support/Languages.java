package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.BackOffice;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.domain.account.Language;

/**
 * The language of each request of the members' site: the member's explicit choice kept in the web
 * session (and, once logged in, on the account), else the first language the browser's
 * Accept-Language names that the site has (ja or en), else Japanese. Both bundles are loaded once,
 * here, at start.
 *
 * <p>Controllers and templates call {@link Views}, {@link DisplayFormats} and forms without the
 * request in hand ({@code views.emptyForm()}, {@code formats.date(...)}), so the request being
 * served is also known to this thread: {@link #bind} runs first among the site's filters and
 * {@link #unbind} last. The language itself is worked out on first use only (a stylesheet never
 * reads the session for it). Nothing of it is static: each app has its own.
 */
public final class Languages {
    /** Session key of the member's explicit choice. */
    public static final String SESSION_KEY = "lang";
    private static final String ATTRIBUTE = "kennin.language";

    private final Map<Language, Messages> bundles = new EnumMap<>(Language.class);
    private final ThreadLocal<Context> serving = new ThreadLocal<>();

    public Languages() {
        for (Language language : Language.values()) {
            bundles.put(language, Messages.forLocale(language.locale()));
        }
    }

    /** A before-filter: the request this thread now serves. */
    public void bind(Context ctx) {
        serving.set(ctx);
    }

    /** An after-filter: the thread serves nothing of ours any more. */
    public void unbind(Context ctx) {
        serving.remove();
    }

    public Messages messages(Language language) {
        return bundles.get(language);
    }

    /** The texts of the request being served; Japanese outside a request. */
    public Messages messages() {
        return bundles.get(current());
    }

    public Language current() {
        Context ctx = serving.get();
        return ctx == null ? Language.DEFAULT : of(ctx);
    }

    /** The request's language, worked out once per request. */
    public Language of(Context ctx) {
        Language known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        Language language = resolve(ctx);
        ctx.attribute(ATTRIBUTE, language);
        return language;
    }

    /** After the member chose: the rest of this request (a page rendered now) follows the choice too. */
    public void chosen(Context ctx, Language language) {
        WebSession.of(ctx).put(SESSION_KEY, language.code());
        ctx.attribute(ATTRIBUTE, language);
    }

    /** The member's explicit choice in this session, if any. */
    public static Optional<Language> chosenIn(WebSession session) {
        return session.get(SESSION_KEY).flatMap(Language::ofCode);
    }

    private static Language resolve(Context ctx) {
        if (BackOffice.owns(ctx)) {
            return Language.DEFAULT; // the back office is Japanese; its error pages too
        }
        if (ctx.attribute(MemberSessions.ATTRIBUTE) == null) {
            return fromAcceptLanguage(ctx.header("Accept-Language")); // refused before the site's filters ran
        }
        return chosenIn(WebSession.of(ctx)).orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /**
     * The first language of the header (by its q-values, then its order) that the site has; a
     * header naming neither, or one that does not parse, gives Japanese. {@code *} is no choice.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Language.DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Language.DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            Optional<Language> language = Language.ofCode(primary);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.DEFAULT;
    }
}
