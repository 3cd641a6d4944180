package jp.kenpo.kennin.application.review;

import java.time.Instant;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/** The result mail goes once per member and survey year, whoever completes the member. */
public interface ResultMailOncePort {
    /** Records that the result mail goes now; false when it was recorded before (by this or a racing request). */
    boolean firstResultMail(InsurerCode insurer, int fiscalYear, MemberId member, Instant at);
}
