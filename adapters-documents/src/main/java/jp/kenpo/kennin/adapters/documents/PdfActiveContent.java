package jp.kenpo.kennin.adapters.documents;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds anything in a PDF that can act rather than be read: scripts, actions run on opening or on
 * events, actions that launch programs, fetch or send data, embedded files, XFA forms, rich media.
 *
 * <p>Every object PDFBox finds in the file is examined, not only the places a viewer is meant to
 * look (catalog, pages, annotations, form fields, outlines): a structural walk misses what a
 * crafted file hides elsewhere. What a staff member may still do by clicking is limited to
 * following a link within the document or to a web page ({@code GoTo}, an http(s) {@code URI});
 * on opening, only going to a page.
 */
final class PdfActiveContent {
    /** Keys whose mere presence means scripts, event actions, embedded files, XFA or rich media. */
    private static final List<COSName> ACTIVE_KEYS = List.of(
            COSName.JS, COSName.JAVA_SCRIPT, COSName.AA, COSName.EMBEDDED_FILES, COSName.EF, COSName.XFA,
            COSName.getPDFName("RichMediaContent"));
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(
            COSName.getPDFName("FileAttachment"), COSName.getPDFName("RichMedia"), COSName.SCREEN,
            COSName.getPDFName("Movie"), COSName.SOUND, COSName.getPDFName("3D"));
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    /** A link to a local file ({@code file:}) or a script ({@code javascript:}) is no web page. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://");

    private PdfActiveContent() {
    }

    static boolean foundIn(COSDocument document) {
        if (foundInTree(document.getTrailer())) {
            return true;
        }
        Set<COSObjectKey> examined = new HashSet<>();
        // PDFBox may add objects to the cross-reference table while parsing a broken file: go on until none is new.
        while (examined.size() < document.getXrefTable().size()) {
            for (COSObjectKey key : Set.copyOf(document.getXrefTable().keySet())) {
                if (examined.add(key) && foundInTree(document.getObjectFromPool(key).getObject())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One indirect object and the direct objects inside it; references are examined as objects of their own. */
    private static boolean foundInTree(COSBase root) {
        Deque<COSBase> pending = new ArrayDeque<>();
        pushDirect(root, pending);
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSDictionary dictionary) {
                if (isActive(dictionary)) {
                    return true;
                }
                dictionary.getValues().forEach(value -> pushDirect(value, pending));
            } else if (next instanceof COSArray array) {
                array.forEach(value -> pushDirect(value, pending));
            }
        }
        return false;
    }

    private static void pushDirect(COSBase value, Deque<COSBase> pending) {
        if (value != null && !(value instanceof COSObject)) {
            pending.push(value);
        }
    }

    private static boolean isActive(COSDictionary dictionary) {
        return ACTIVE_KEYS.stream().anyMatch(dictionary::containsKey)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || isOneOf(dictionary.getCOSName(COSName.SUBTYPE), ACTIVE_ANNOTATIONS)
                || ACTION.equals(dictionary.getCOSName(COSName.TYPE)) && isBeyondClicking(dictionary)
                || isBeyondClicking(dictionary.getDictionaryObject(COSName.A))
                || hasNextBeyondClicking(dictionary.getDictionaryObject(COSName.NEXT))
                || runsMoreThanGoToOnOpening(dictionary.getDictionaryObject(COSName.OPEN_ACTION));
    }

    /**
     * An action other than going to a page or a web page. Structure elements also use {@code /A}, for
     * attributes: only a dictionary with an action type {@code /S} is an action.
     */
    private static boolean isBeyondClicking(COSBase value) {
        if (!(value instanceof COSDictionary action) || !action.containsKey(COSName.S)) {
            return false;
        }
        COSName type = action.getCOSName(COSName.S);
        boolean webLink = COSName.URI.equals(type) && action.getString(COSName.URI) != null
                && WEB_ADDRESS.matcher(action.getString(COSName.URI)).lookingAt();
        return !(GO_TO.equals(type) || webLink);
    }

    private static boolean isOneOf(COSName name, Set<COSName> names) {
        return name != null && names.contains(name);
    }

    private static boolean hasNextBeyondClicking(COSBase next) {
        if (next instanceof COSArray actions) {
            for (int i = 0; i < actions.size(); i++) {
                if (isBeyondClicking(actions.getObject(i))) {
                    return true;
                }
            }
            return false;
        }
        return isBeyondClicking(next);
    }

    /** Opening may go to a page (a destination, or a GoTo action with nothing after it); anything else runs unasked. */
    private static boolean runsMoreThanGoToOnOpening(COSBase openAction) {
        return openAction instanceof COSDictionary action
                && (!GO_TO.equals(action.getCOSName(COSName.S)) || action.containsKey(COSName.NEXT));
    }
}
