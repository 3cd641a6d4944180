package jp.kenpo.kennin.application.registration;

/**
 * How far sign-up codes go for one member record, decided once in the wiring. Each code has its
 * own tries ({@code OnboardingSettings.maxCodeTries}) and codes are spaced by the resend cool-down;
 * these limits hold across codes.
 *
 * @param maxCodeTries codes compared for one member record before sign-up stops until staff
 *                     unlock it (NIST SP 800-63B 5.2.2 allows at most 100 failed attempts)
 * @param codesPerDay  codes mailed for one member record per day (Japan time)
 */
public record SignupLimits(int maxCodeTries, int codesPerDay) {
    public SignupLimits {
        if (maxCodeTries < 1 || codesPerDay < 1) {
            throw new IllegalArgumentException("sign-up limits must be at least 1");
        }
    }

    /**
     * 100 compared codes ever (NIST's ceiling), 10 codes a day: with 5 tries each that is at most 50
     * guesses a day, and 100 in all, against a million possible codes.
     */
    public static SignupLimits defaults() {
        return new SignupLimits(100, 10);
    }
}
