package jp.kenpo.kennin.adapters.persistence.cache;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RenderedQueryTest {
    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    @Test
    void aWriteToATableTheCachesReadIsRefusedWhenBuiltForItWouldBypassTheirInvalidation() {
        new CacheInvalidation(Set.of("insurer")).attachTo(dsl.configuration());

        assertThatThrownBy(() -> RenderedQuery.ofWrite(dsl, dsl.update(INSURER).set(INSURER.DISPLAY_NAME, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cached table");
        assertThatCode(() -> RenderedQuery.ofWrite(dsl, dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.DETAIL, "")))
                .doesNotThrowAnyException();
    }

    @Test
    void theWrongNumberOfValuesIsRefusedBeforeAnythingIsSent() {
        RenderedQuery read = RenderedQuery.of(dsl, dsl.selectFrom(INSURER).where(INSURER.CODE.eq("")));

        assertThatThrownBy(() -> read.fetch()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values expected");
        assertThatThrownBy(() -> read.fetch("a", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListUpToTheLongestKeptIsRenderedOnceForItsLengthALongerOneForItsUseOnly() {
        var byLength = RenderedQuery.perListLength(dsl, n -> dsl.selectFrom(INSURER)
                .where(INSURER.CODE.in(java.util.Collections.nCopies(n, ""))));

        org.assertj.core.api.Assertions.assertThat(byLength.apply(3)).isSameAs(byLength.apply(3)).isNotSameAs(byLength.apply(4));
        org.assertj.core.api.Assertions.assertThat(byLength.apply(RenderedQuery.LONGEST_KEPT + 1))
                .isNotSameAs(byLength.apply(RenderedQuery.LONGEST_KEPT + 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> byLength.apply(RenderedQuery.LONGEST_KEPT + 1).fetch())
                .hasMessageContaining((RenderedQuery.LONGEST_KEPT + 1) + " values expected");
    }
}
