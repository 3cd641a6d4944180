package jp.kenpo.kennin.application.survey;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.member.MemberId;

public final class UploadSurveyDocumentService implements UploadSurveyDocumentUseCase, SurveyForStaff.UploadDocument {
    private final MemberSurvey surveys;
    private final SurveyReviews reviews;
    private final SurveyDocumentPort documents;
    private final DocumentStoragePort storage;
    private final DocumentLimits limits;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UploadSurveyDocumentService(SurveyPorts ports, DocumentStoragePort storage, DocumentLimits limits,
                                       Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.reviews = new SurveyReviews(ports);
        this.documents = ports.documents();
        this.storage = storage;
        this.limits = limits;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public UploadSurveyDocumentResult uploadSurveyDocument(UploadSurveyDocumentCommand command) {
        return upload(surveys.of(command.account()), new Upload(command.dependent(), command.kind(), command.content(),
                command.fileName(), command.contentType(), command.replacing(), command.client()));
    }

    @Override
    public UploadSurveyDocumentResult uploadDocumentFor(StaffActor staff, MemberId member, DependentId dependent, String kind,
                                                        InputStream content, String fileName, String contentType,
                                                        ClientAddress client) {
        return upload(surveys.ofMember(member, staff), new Upload(dependent, kind, content, fileName, contentType,
                Optional.empty(), client));
    }

    /** What both paths upload, whoever's survey it is. */
    private record Upload(DependentId dependent, String kind, InputStream content, String fileName, String contentType,
                          Optional<StoredDocument.Id> replacing, ClientAddress client) {
    }

    private UploadSurveyDocumentResult upload(Optional<MemberSurvey.Context> context, Upload command) {
        Optional<DependentReview> review = context.flatMap(c -> reviews.one(c, command.dependent()));
        if (review.isEmpty()) {
            return new UploadSurveyDocumentResult.NotFound();
        }
        MemberSurvey.Context c = context.get();
        Optional<DocumentKind> kind = kind(command.kind());
        if (kind.isEmpty()) {
            return new UploadSurveyDocumentResult.Rejected("document.kind.invalid");
        }
        if (command.replacing().isPresent()) {
            if (review.get().allDocuments().stream().noneMatch(d -> d.id().equals(command.replacing().get()))) {
                return new UploadSurveyDocumentResult.NotFound();
            }
            if (!DocumentRules.canRemove(review.get().response())) {
                return new UploadSurveyDocumentResult.Locked();
            }
        } else if (!DocumentRules.canAdd(review.get().response())) {
            return new UploadSurveyDocumentResult.Locked();
        } else if (review.get().allDocuments().size() >= DocumentRules.MAX_FILES_PER_DEPENDENT) {
            return rejected(c, command, "document.tooMany");
        }

        StageResult staged = storage.stage(command.content(), limits.maxBytes());
        if (!(staged instanceof StagedUpload upload)) {
            return rejected(c, command, DocumentRejection.TOO_LARGE.code());
        }
        DocumentCheck check;
        try {
            check = storage.inspect(upload, command.fileName(), command.contentType());
        } catch (RuntimeException | Error e) {
            // A failed inspection (a parser's bug, memory running out) must not leave the file in staging.
            storage.discard(upload);
            throw e;
        }
        if (check instanceof DocumentCheck.Rejected refused) {
            storage.discard(upload);
            return rejected(c, command, refused.reason().code());
        }
        StoredDocument stored = storage.keep(upload, (DocumentCheck.Accepted) check);
        SurveyDocument document = new SurveyDocument(stored, c.year().insurer(), c.year().fiscalYear(), command.dependent(),
                kind.get(), displayName(command.fileName(), stored.type()), clock.instant());
        try {
            transactions.inTransaction(() -> {
                // The old file's place first, so a replacement never counts against the limit.
                if (command.replacing().isPresent() && !documents.deleteDocument(command.replacing().get())) {
                    throw new SubmittedMeanwhile();
                }
                if (!documents.saveDocument(document, DocumentRules.MAX_FILES_PER_DEPENDENT)) {
                    throw new LimitReachedMeanwhile();
                }
            });
        } catch (SubmittedMeanwhile e) {
            storage.delete(stored.id());
            return new UploadSurveyDocumentResult.Locked();
        } catch (LimitReachedMeanwhile e) {
            storage.delete(stored.id());
            return rejected(c, command, "document.tooMany");
        } catch (RuntimeException e) {
            storage.delete(stored.id());
            throw e;
        }
        command.replacing().ifPresent(storage::delete);
        c.audit(audit, AuditAction.DOCUMENT_UPLOADED, command.client(), "dependent=" + command.dependent().value()
                + " document=" + stored.id() + " kind=" + kind.get() + " type=" + stored.type() + " bytes=" + stored.size()
                + command.replacing().map(old -> " replacing=" + old).orElse(""));
        return new UploadSurveyDocumentResult.Uploaded(document);
    }

    private UploadSurveyDocumentResult rejected(MemberSurvey.Context c, Upload command, String code) {
        c.audit(audit, AuditAction.DOCUMENT_REJECTED, command.client(),
                "dependent=" + command.dependent().value() + " reason=" + code);
        return new UploadSurveyDocumentResult.Rejected(code);
    }

    private static Optional<DocumentKind> kind(String raw) {
        try {
            return raw == null ? Optional.empty() : Optional.of(DocumentKind.valueOf(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The last path segment of what the device called the file, without control or format
     * characters, shortened to fit; a name that leaves nothing is replaced by a neutral one.
     */
    static String displayName(String declared, DocumentType type) {
        String name = declared == null ? "" : declared;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload." + type.extension();
        }
        if (name.length() <= SurveyDocument.MAX_FILE_NAME) {
            return name;
        }
        int end = SurveyDocument.MAX_FILE_NAME;
        return name.substring(0, Character.isHighSurrogate(name.charAt(end - 1)) ? end - 1 : end);
    }

    /** Rolls the transaction back: uploads running alongside this one took the last places. */
    private static final class LimitReachedMeanwhile extends RuntimeException {
        LimitReachedMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Rolls the transaction back: the response was submitted after the check, so the file it replaces stays. */
    private static final class SubmittedMeanwhile extends RuntimeException {
        SubmittedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
