package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.TERMS_OF_USE;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.terms.TermsOfUse;
import org.jooq.DSLContext;

/** Every published version is kept, so what a member accepted can still be shown later. */
public final class TermsRepository implements TermsPort {
    private final DSLContext dsl;

    public TermsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<TermsOfUse> currentTerms(InsurerCode insurer) {
        return dsl.selectFrom(TERMS_OF_USE)
                .where(TERMS_OF_USE.INSURER_CODE.eq(insurer.value()))
                .orderBy(TERMS_OF_USE.VERSION.desc())
                .limit(1)
                .fetchOptional(r -> new TermsOfUse(new InsurerCode(r.getInsurerCode()), r.getVersion(), r.getBody(),
                        r.getPublishedAt()));
    }

    @Override
    public boolean publishTerms(TermsOfUse terms) {
        return dsl.insertInto(TERMS_OF_USE)
                .set(TERMS_OF_USE.INSURER_CODE, terms.insurer().value())
                .set(TERMS_OF_USE.VERSION, terms.version())
                .set(TERMS_OF_USE.BODY, terms.body())
                .set(TERMS_OF_USE.PUBLISHED_AT, terms.publishedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }
}
