package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.text.DateInput;
import jp.kenpo.kennin.domain.text.DateReading;
import jp.kenpo.kennin.domain.text.JapaneseText;
import jp.kenpo.kennin.domain.throttle.ThrottleDecision;

public final class IdentifyMemberService implements IdentifyMemberUseCase {
    /** Failures at 初回認証 per card as typed, under a keyed hash of it. */
    static final String CARD_KEY_PREFIX = "identify:card:";

    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final Throttling throttling;
    private final AuditTrail audit;
    private final Clock clock;
    private final OnboardingSettings settings;
    private final SecretDigest digest;

    public IdentifyMemberService(LoadMemberPort members, LoadInsurerPort insurers, FailureCounterPort failures, SecretDigest digest,
                                 RecordAuditPort audit, Clock clock, OnboardingSettings settings) {
        this.members = members;
        this.insurers = insurers;
        this.digest = digest;
        this.throttling = new Throttling(failures);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.settings = settings;
    }

    /** What the insurance card shows: 保険者指定コード, 記号, 番号. */
    private record Card(InsurerCode insurer, MemberSymbol symbol, MemberNumber number) {
    }

    @Override
    public IdentifyMemberResult identifyMember(IdentifyMemberCommand command) {
        // A birth date that is no date is a typing matter, told as such before any member is looked at.
        DateReading birthDate = DateInput.read(command.birthDate());
        if (birthDate instanceof DateReading.Refused refused) {
            return new IdentifyMemberResult.BirthDateUnreadable(refused.problem());
        }
        LocalDate typedBirthDate = ((DateReading.Day) birthDate).date();
        Instant now = clock.instant();
        String addressKey = "identify:addr:" + command.client().value();
        // An unreadable card matches no member, like an unknown one: the member is never told which field was wrong.
        Optional<InsuredMember> member = Lenient.read(() -> new Card(InsurerCode.parse(command.insurerCode()),
                        MemberSymbol.parse(command.symbol()), MemberNumber.parse(command.number())))
                .flatMap(card -> members.findByCard(card.insurer(), card.symbol(), card.number()));
        // The card as typed is throttled whether or not a member has it, so an unknown 記号・番号
        // slows down and locks exactly like a known one and the answer tells nothing about which
        // it is. Kept under a keyed hash: the failure table holds no card numbers.
        // The card identifies at most one member record (its fields are compared in this normalised
        // form), so this key is the record's key too; known and unknown cards cost the same work.
        String cardKey = cardKey(digest, command.insurerCode(), command.symbol(), command.number());
        List<Throttling.Limit> limits = List.of(new Throttling.Limit(addressKey, settings.identifyPerAddress()),
                new Throttling.Limit(cardKey, settings.identifyPerMember()));

        // The throttle is decided before the birth date and name are compared, so a locked record
        // answers the same to a right and a wrong guess.
        ThrottleDecision decision = throttling.decide(now, limits);
        Optional<Instant> retryAt = Throttling.waitUntil(decision);
        if (retryAt.isPresent()) {
            auditOutcome(AuditAction.IDENTITY_CHECK_THROTTLED, member, command);
            return new IdentifyMemberResult.Throttled(retryAt.get());
        }

        if (member.isPresent() && member.get().identifiedBy(typedBirthDate, command.kanaName())) {
            InsuredMember identified = member.get();
            throttling.reset(cardKey);
            auditOutcome(AuditAction.IDENTITY_CHECK_SUCCEEDED, member, command);
            // The next page hints at the password rules; they are the insurer's (a member's insurer always exists).
            CredentialPolicy policy = insurers.loadInsurer(identified.insurer()).map(Insurer::credentialPolicy)
                    .orElseGet(CredentialPolicy::manualDefault);
            return new IdentifyMemberResult.Identified(identified.id(), identified.insurer().value(),
                    identified.email().masked(), policy);
        }
        throttling.recordFailure(now, limits.stream().map(Throttling.Limit::key).toList());
        auditOutcome(AuditAction.IDENTITY_CHECK_FAILED, member, command);
        return new IdentifyMemberResult.NotMatched();
    }

    private void auditOutcome(AuditAction action, Optional<InsuredMember> member, IdentifyMemberCommand command) {
        member.ifPresentOrElse(m -> audit.member(action, m, command.client(), ""),
                () -> audit.anonymous(action, "", command.client(), "no member with this card"));
    }

    /**
     * The failure key of a card as typed: each field in its normalised form (as the member lookup
     * reads it; an unreadable field in NFKC without spaces), so that every way of typing the same
     * card counts under one key.
     */
    static String cardKey(SecretDigest digest, String insurerCode, String symbol, String number) {
        String i = Lenient.read(() -> InsurerCode.parse(insurerCode).value()).orElseGet(() -> loose(insurerCode));
        String s = Lenient.read(() -> MemberSymbol.parse(symbol).value()).orElseGet(() -> loose(symbol));
        String n = Lenient.read(() -> MemberNumber.parse(number).value()).orElseGet(() -> loose(number));
        return CARD_KEY_PREFIX + digest.digest("identify-card\n" + i + "\n" + s + "\n" + n);
    }

    private static String loose(String raw) {
        return JapaneseText.nfkc(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
