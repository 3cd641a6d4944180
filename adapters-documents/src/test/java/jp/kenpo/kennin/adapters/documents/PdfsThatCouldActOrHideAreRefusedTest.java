package jp.kenpo.kennin.adapters.documents;

import static jp.kenpo.kennin.adapters.documents.Inspection.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfsThatCouldActOrHideAreRefusedTest {
    @TempDir
    Path root;

    private Inspection inspection() {
        return new Inspection(root);
    }

    @Test
    void javaScriptRunOnOpeningIsRefused() {
        byte[] pdf = SampleFiles.pdf(1, document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")));

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void documentLevelJavaScriptInTheNamesTreeIsRefused() {
        byte[] pdf = SampleFiles.pdf(1, document -> {
            COSDictionary scripts = new COSDictionary();
            COSArray names = new COSArray();
            names.add(new COSString("init"));
            names.add(new PDActionJavaScript("this.print()").getCOSObject());
            scripts.setItem(COSName.NAMES, names);
            COSDictionary nameDictionary = new COSDictionary();
            nameDictionary.setItem(COSName.JAVA_SCRIPT, scripts);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, nameDictionary);
        });

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void anEmbeddedFileIsRefused() {
        byte[] pdf = SampleFiles.pdf(1, document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("invoice.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("invoice.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void aLinkThatLaunchesAProgramIsRefused() {
        PDActionLaunch launch = new PDActionLaunch();
        launch.setFile(new PDComplexFileSpecification());
        assertThat(inspection().check(pdfWithLink(launch), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void aLinkThatRunsJavaScriptIsRefused() {
        assertThat(inspection().check(pdfWithLink(new PDActionJavaScript("app.launchURL('x')")), "a.pdf"))
                .isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void aPageThatActsWhenOpenedIsRefused() {
        byte[] pdf = SampleFiles.pdf(1, document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("app.alert('page')"));
            document.getPage(0).setActions(actions);
        });

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void anXfaFormIsRefused() {
        byte[] pdf = SampleFiles.pdf(1, document -> {
            PDAcroForm form = new PDAcroForm(document);
            form.getCOSObject().setItem(COSName.XFA, new COSArray());
            document.getDocumentCatalog().setAcroForm(form);
        });

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void aLinkToALocalFileIsRefused() {
        PDActionURI local = new PDActionURI();
        local.setURI("file:///C:/Windows/System32/calc.exe");

        assertThat(inspection().check(pdfWithLink(local), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    @Test
    void openingOnAWebPageIsRefused() {
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://tracker.example/pixel");
        byte[] pdf = SampleFiles.pdf(1, document -> document.getDocumentCatalog().setOpenAction(uri));

        assertThat(inspection().check(pdf, "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ACTIVE_CONTENT));
    }

    /** Bank statements printed from online banking carry links; following one needs a click. */
    @Test
    void linksToPagesAndWebPagesAndOpeningOnAPageAreAccepted() {
        PDActionURI web = new PDActionURI();
        web.setURI("https://www.example-bank.co.jp/");
        byte[] pdf = SampleFiles.pdf(2, document -> {
            addLink(document, web);
            PDPageFitDestination secondPage = new PDPageFitDestination();
            secondPage.setPage(document.getPage(1));
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(secondPage);
            addLink(document, goTo);
            document.getDocumentCatalog().setOpenAction(secondPage);
        });

        assertThat(inspection().check(pdf, "statement.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    /** Tagged PDFs (Word's accessible export) use /A for structure attributes, which are not actions. */
    @Test
    void structureAttributesAreNotMistakenForActions() {
        byte[] pdf = SampleFiles.pdf(1, document -> {
            COSDictionary attributes = new COSDictionary();
            attributes.setName(COSName.O, "Layout");
            attributes.setName("Placement", "Block");
            COSDictionary element = new COSDictionary();
            element.setName(COSName.S, "P");
            element.setItem(COSName.A, attributes);
            COSDictionary structTreeRoot = new COSDictionary();
            structTreeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            structTreeRoot.setItem(COSName.K, element);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, structTreeRoot);
        });

        assertThat(inspection().check(pdf, "tagged.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
    }

    @Test
    void aPdfProtectedByAnOwnerPasswordOnlyIsRefused() {
        assertThat(inspection().check(encrypted("owner", ""), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ENCRYPTED));
    }

    @Test
    void aPdfNeedingAPasswordToOpenIsRefused() {
        assertThat(inspection().check(encrypted("owner", "user"), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_ENCRYPTED));
    }

    @Test
    void aPdfOfSixtyPagesIsRefused() {
        assertThat(inspection().check(SampleFiles.pdf(60), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_TOO_MANY_PAGES));
    }

    @Test
    void thePageLimitIsASetting() {
        Inspection strict = new Inspection(root, new DocumentLimits(DocumentLimits.defaults().maxBytes(), DocumentLimits.defaults().maxPixels(), 3));

        assertThat(strict.check(SampleFiles.pdf(3), "a.pdf")).isInstanceOf(DocumentCheck.Accepted.class);
        assertThat(strict.check(SampleFiles.pdf(4), "b.pdf")).isEqualTo(rejected(DocumentRejection.PDF_TOO_MANY_PAGES));
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsCorrupt() {
        assertThat(inspection().check(SampleFiles.corruptPdf(), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_CORRUPT));
    }

    @Test
    void aPdfWithoutPagesIsCorrupt() {
        assertThat(inspection().check(SampleFiles.pdf(0), "a.pdf")).isEqualTo(rejected(DocumentRejection.PDF_CORRUPT));
    }

    private static byte[] encrypted(String ownerPassword, String userPassword) {
        return SampleFiles.pdf(1, document -> {
            try {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] pdfWithLink(PDAction action) {
        return SampleFiles.pdf(1, document -> addLink(document, action));
    }

    private static void addLink(PDDocument document, PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 72, 100, 20));
        link.setAction(action);
        PDPage page = document.getPage(0);
        try {
            List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
            annotations.add(link);
            page.setAnnotations(annotations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
