package jp.kenpo.kennin.adapters.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;

/** A command line as understood: one sub-command with its checked arguments. */
public sealed interface CliCommand {
    record Serve() implements CliCommand {
    }

    record Demo() implements CliCommand {
    }

    record Help() implements CliCommand {
    }

    /** What a roster file lists: {@code --kind members} (the default) or {@code --kind dependents}. */
    enum RosterKind {
        MEMBERS, DEPENDENTS
    }

    /**
     * @param insurerCode       保険者指定コード, normalised
     * @param createInsurerName create the insurer under this name if it does not exist (members only)
     * @param passwordPolicy    the password rules of an insurer so created ({@code --password-policy})
     */
    record ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file, RosterKind kind,
                        CredentialPolicy passwordPolicy) implements CliCommand {
        public ImportRoster {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(createInsurerName);
            Objects.requireNonNull(encoding);
            Objects.requireNonNull(file);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(passwordPolicy);
        }

        /** A roster of the given kind; an insurer it creates gets the manual's password rules. */
        public ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file, RosterKind kind) {
            this(insurerCode, createInsurerName, encoding, file, kind, CredentialPolicy.manualDefault());
        }

        /** A member roster, as import-roster read before it knew other kinds. */
        public ImportRoster(String insurerCode, Optional<String> createInsurerName, Charset encoding, Path file) {
            this(insurerCode, createInsurerName, encoding, file, RosterKind.MEMBERS);
        }
    }

    /**
     * 差し戻し of one dependent's submitted response; everything but the insurer code as typed.
     *
     * @param insurerCode     保険者指定コード, normalised
     * @param dependentNumber 被扶養者番号 as on the roster
     * @param staff           who sends it back, for the audit log
     */
    record ReturnResponse(String insurerCode, String symbol, String number, String dependentNumber, String reason, String staff)
            implements CliCommand {
        public ReturnResponse {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(symbol);
            Objects.requireNonNull(number);
            Objects.requireNonNull(dependentNumber);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(staff);
        }
    }

    /**
     * 期限延長 for one member; everything but the insurer code as typed.
     *
     * @param insurerCode 保険者指定コード, normalised
     * @param until       the new last day (YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD)
     * @param staff       who extends it, for the audit log
     */
    record ExtendDeadline(String insurerCode, String symbol, String number, String until, String staff) implements CliCommand {
        public ExtendDeadline {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(symbol);
            Objects.requireNonNull(number);
            Objects.requireNonNull(until);
            Objects.requireNonNull(staff);
        }
    }

    /**
     * Lets one member record sign up again after too many wrong sign-up codes; everything but the
     * insurer code as typed.
     *
     * @param insurerCode 保険者指定コード, normalised
     * @param staff       who unlocks it, for the audit log
     */
    record UnlockSignup(String insurerCode, String symbol, String number, String staff) implements CliCommand {
        public UnlockSignup {
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(symbol);
            Objects.requireNonNull(number);
            Objects.requireNonNull(staff);
        }
    }

    // --- identity ---

    /**
     * An installation-wide operator, who then enrols behind the printed one-time link.
     *
     * @param login       the login name as typed
     * @param displayName the name shown in the back office; the login name when empty
     */
    record CreateOperator(String login, Optional<String> displayName) implements CliCommand {
        public CreateOperator {
            Objects.requireNonNull(login);
            Objects.requireNonNull(displayName);
        }
    }

    /**
     * A new one-time enrolment link for an operator who lost their password or authenticator (an
     * operator made here has no mail address for the back office to send one to).
     *
     * @param login the operator's login name as typed
     */
    record ReissueOperator(String login) implements CliCommand {
        public ReissueOperator {
            Objects.requireNonNull(login);
        }
    }

    // --- ops ---
    /** Seal stored secrets again with the current KENNIN_SECRET after a rotation; {@code staff} for the audit log. */
    record ResealSecrets(String staff) implements CliCommand {
        public ResealSecrets {
            Objects.requireNonNull(staff);
        }
    }
}
