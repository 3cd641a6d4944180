package jp.kenpo.kennin.adapters.reports;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;

/** The texts of the files this adapter writes, from its Japanese bundle (never Japanese strings in code). */
final class ReportTexts {
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.reports", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.JAPANESE).format(args);
    }

    List<String> resultHeader() {
        return List.of(text("results.header").split(","));
    }

    String decision(ResultDecision decision) {
        return text("results.decision." + decision.name());
    }

    String reason(RemovalReason reason) {
        return text("reason." + reason.name());
    }

    String status(ProgressStatus status) {
        return text("status." + status.name());
    }
}
