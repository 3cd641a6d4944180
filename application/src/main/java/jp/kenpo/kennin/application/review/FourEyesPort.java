package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.FourEyesRule;

/** The insurer's four-eyes setting (insurer.four_eyes). */
public interface FourEyesPort {
    FourEyesRule fourEyesOf(InsurerCode insurer);

    void setFourEyes(InsurerCode insurer, FourEyesRule rule);
}
