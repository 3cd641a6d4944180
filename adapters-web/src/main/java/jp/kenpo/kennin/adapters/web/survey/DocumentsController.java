package jp.kenpo.kennin.adapters.web.survey;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.support.AccessGuard;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.ContentDisposition;
import jp.kenpo.kennin.adapters.web.support.DisplayFormats;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.support.Views;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase.DocumentDownload;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;

/**
 * A dependent's document checklist: upload under a requirement (multipart; Jetty spools the part to
 * a temporary file, the use case streams it into storage), view, replace and delete. Every change
 * answers with a redirect back to the checklist, so a reload never uploads twice.
 */
public final class DocumentsController {
    public static final String DOCUMENTS = "/survey/dependents/{id}/documents";
    public static final String DOCUMENT = "/survey/documents/{documentId}";
    public static final String DELETE = "/survey/documents/{documentId}/delete";
    /** The question before a file is deleted: only the form on this page posts to {@link #DELETE}. */
    public static final String CONFIRM_DELETE = "/survey/dependents/{id}/documents/{documentId}/delete";
    /** A blank declaration (申立書) to print, for a requirement that includes one the member writes. */
    public static final String DECLARATION = "/survey/dependents/{id}/declarations/{kind}";
    /** The last file this session deleted: a second post of the same deletion (a double tap) goes back to the list. */
    private static final String DELETED = "deletedDocument";
    public static final String REPLACE = "/survey/documents/{documentId}/replace";
    /** The only paths that accept multipart posts: an upload, and a replacement. */
    public static final Pattern UPLOAD_PATHS = Pattern.compile("/survey/(dependents/\\d{1,18}/documents|documents/[0-9a-f]{32}/replace)");
    /** The form fields of an upload. */
    static final String FILE = "file";
    static final String KIND = "kind";
    /** What the file picker offers: on a phone, the camera as well as files (HEIC straight from an iPhone). */
    static final String ACCEPT = "image/jpeg,image/png,image/heic,image/heif,.heic,.heif,application/pdf";

    private final ShowSurveyDocumentsUseCase showDocuments;
    private final UploadSurveyDocumentUseCase upload;
    private final ViewSurveyDocumentUseCase view;
    private final DeleteSurveyDocumentUseCase delete;
    private final Views views;
    private final ClientAddresses clients;
    private final DisplayFormats formats;
    private final long maxUploadBytes;

    /** @param maxUploadBytes the limit the upload use case was configured with, to name it when a file is over it */
    public DocumentsController(ShowSurveyDocumentsUseCase showDocuments, UploadSurveyDocumentUseCase upload,
                               ViewSurveyDocumentUseCase view, DeleteSurveyDocumentUseCase delete, Views views,
                               ClientAddresses clients, DisplayFormats formats, long maxUploadBytes) {
        this.showDocuments = showDocuments;
        this.upload = upload;
        this.view = view;
        this.delete = delete;
        this.views = views;
        this.clients = clients;
        this.formats = formats;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void show(Context ctx) {
        DependentId dependent = dependentId(ctx);
        SurveyDocuments documents = showDocuments.showSurveyDocuments(AccessGuard.account(ctx), dependent,
                clients.of(ctx)).orElseThrow(NotFoundResponse::new);
        Optional<UploadRefusal> refusal = UploadRefusal.take(WebSession.of(ctx), dependent);
        views.render(ctx, "survey/documents.jte", "survey.documents.title", Map.of("documents", documents, "formats", formats,
                "accept", ACCEPT, "refusal", refusal));
    }

    /** Asks before deleting; a file that is not among this dependent's (another member's included) is not found. */
    public void confirmDelete(Context ctx) {
        SurveyDocuments documents = showDocuments.showSurveyDocuments(AccessGuard.account(ctx), dependentId(ctx),
                clients.of(ctx)).orElseThrow(NotFoundResponse::new);
        StoredDocument.Id id = documentId(ctx);
        SurveyDocument file = documents.review().allDocuments().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(NotFoundResponse::new);
        views.render(ctx, "survey/delete-document.jte", "survey.documents.deleteConfirm.title", Map.of("documents", documents,
                "file", file, "formats", formats));
    }

    /**
     * A declaration to print and sign, with the member's and the dependent's names already on it; only
     * where the dependent's documents ask for it.
     */
    public void declaration(Context ctx) {
        DocumentKind kind;
        try {
            kind = DocumentKind.valueOf(ctx.pathParam("kind"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundResponse();
        }
        if (!kind.includesADeclaration()) {
            throw new NotFoundResponse();
        }
        SurveyDocuments documents = showDocuments.showSurveyDocuments(AccessGuard.account(ctx), dependentId(ctx),
                clients.of(ctx)).orElseThrow(NotFoundResponse::new);
        if (documents.review().requirements().stream().noneMatch(r -> r.kind() == kind)) {
            throw new NotFoundResponse(); // only for a dependent asked for it, so no one prints a form that is not needed
        }
        views.render(ctx, "survey/declaration.jte", "survey.declaration." + kind.name() + ".title", Map.of("documents", documents,
                "kind", kind));
    }

    public void upload(Context ctx) {
        DependentId dependent = dependentId(ctx);
        store(ctx, dependent, ctx.formParam(KIND), Optional.empty());
    }

    public void replace(Context ctx) {
        StoredDocument.Id id = documentId(ctx);
        DependentId dependent = dependentId(ctx);
        store(ctx, dependent, ctx.formParam(KIND), Optional.of(id));
    }

    public void delete(Context ctx) {
        StoredDocument.Id id = documentId(ctx);
        DeleteSurveyDocumentResult result = delete.deleteSurveyDocument(AccessGuard.account(ctx), id, clients.of(ctx));
        if (result instanceof DeleteSurveyDocumentResult.Deleted deleted) {
            WebSession.of(ctx).put(DELETED, id.value() + " " + deleted.dependent().value());
            WebSession.of(ctx).flash(Flash.info("document.deleted"));
            Redirects.seeOther(ctx, path(deleted.dependent()));
        } else if (result instanceof DeleteSurveyDocumentResult.Locked locked) {
            WebSession.of(ctx).flash(Flash.error("document.locked"));
            Redirects.seeOther(ctx, path(locked.dependent()));
        } else {
            // Gone: if this session has just deleted it (the second of a double tap), back to the list it was on.
            Optional<String> justDeleted = WebSession.of(ctx).get(DELETED).filter(d -> d.startsWith(id.value() + " "));
            if (justDeleted.isEmpty()) {
                throw new NotFoundResponse();
            }
            Redirects.seeOther(ctx, path(new DependentId(Long.parseLong(justDeleted.get().substring(id.value().length() + 1)))));
        }
    }

    public void view(Context ctx) {
        DocumentDownload download;
        try {
            download = view.viewSurveyDocument(AccessGuard.account(ctx), documentId(ctx), clients.of(ctx))
                    .orElseThrow(NotFoundResponse::new);
        } catch (jp.kenpo.kennin.application.survey.DocumentPurgedException purged) {
            // --- objectstore --- the retention period passed: the file is gone, its line stays; say so on the list
            WebSession.of(ctx).flash(Flash.info("document.purged", purged.purgedAt().atZone(java.time.ZoneId.of("Asia/Tokyo"))
                    .toLocalDate().toString()));
            Redirects.seeOther(ctx, path(purged.document().dependent()));
            return;
        }
        DocumentType type = download.document().stored().type();
        String name = download.document().fileName();
        // Photos open in the tab; a PDF is saved rather than opened in the browser's viewer.
        ctx.header("Content-Disposition", type == DocumentType.PDF ? ContentDisposition.attachment(name)
                : ContentDisposition.inline(name));
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        ctx.contentType(type.mimeType());
        ctx.result(download.content());
    }

    private void store(Context ctx, DependentId dependent, String kind, Optional<StoredDocument.Id> replacing) {
        UploadedFile file = ctx.uploadedFile(FILE);
        if (file == null || (file.size() == 0 && (file.filename() == null || file.filename().isBlank()))) {
            refuse(ctx, dependent, kind, replacing, "", "document.none");
            Redirects.seeOther(ctx, path(dependent));
            return;
        }
        UploadSurveyDocumentResult result;
        try (InputStream content = file.content()) {
            result = upload.uploadSurveyDocument(new UploadSurveyDocumentCommand(AccessGuard.account(ctx), dependent, kind,
                    content, file.filename(), file.contentType(), replacing, clients.of(ctx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result instanceof UploadSurveyDocumentResult.NotFound) {
            throw new NotFoundResponse();
        }
        if (result instanceof UploadSurveyDocumentResult.Uploaded uploaded) {
            WebSession.of(ctx).flash(Flash.info(replacing.isPresent() ? "document.replaced" : "document.uploaded",
                    uploaded.document().fileName()));
        } else if (result instanceof UploadSurveyDocumentResult.Rejected rejected) {
            refuse(ctx, dependent, kind, replacing, file.filename(), rejected.code());
        } else {
            WebSession.of(ctx).flash(Flash.error("document.locked"));
        }
        Redirects.seeOther(ctx, path(dependent));
    }

    /**
     * Says why a file was refused inside the block of the document it was chosen for; a post that names no
     * document this checklist knows can only be told at the top of the page.
     */
    private void refuse(Context ctx, DependentId dependent, String kind, Optional<StoredDocument.Id> replacing, String fileName, String code) {
        List<String> args = code.equals(DocumentRejection.TOO_LARGE.code()) ? List.of(formats.fileSize(maxUploadBytes)) : List.of();
        Optional<DocumentKind> known = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kind)).findFirst();
        if (known.isEmpty()) {
            WebSession.of(ctx).flash(Flash.error(code, args.toArray()));
            return;
        }
        new UploadRefusal(dependent, known.get(), fileName, code, args, replacing.map(StoredDocument.Id::value)).carry(WebSession.of(ctx));
    }


    static String path(DependentId dependent) {
        return "/survey/dependents/" + dependent.value() + "/documents";
    }

    /** The dependent a replacement is for travels in the form; the use case checks the file belongs to it. */
    private static DependentId dependentId(Context ctx) {
        return SurveyController.dependentId(ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id")
                : ctx.formParam("dependent"));
    }

    private static StoredDocument.Id documentId(Context ctx) {
        try {
            return new StoredDocument.Id(ctx.pathParam("documentId"));
        } catch (InvalidValueException e) {
            throw new NotFoundResponse();
        }
    }
}
