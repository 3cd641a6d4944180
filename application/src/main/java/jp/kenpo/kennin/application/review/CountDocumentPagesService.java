package jp.kenpo.kennin.application.review;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.DocumentRenditionPort.PageCount;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class CountDocumentPagesService implements CountDocumentPagesUseCase {
    private final SurveyPorts ports;
    private final DocumentRenditionPort renditions;

    public CountDocumentPagesService(SurveyPorts ports, DocumentRenditionPort renditions) {
        this.ports = ports;
        this.renditions = renditions;
    }

    @Override
    public Map<StoredDocument.Id, PageCount> countDocumentPages(CountDocumentPagesCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.VIEW_DOCUMENTS);
        Map<StoredDocument.Id, PageCount> counts = new LinkedHashMap<>();
        for (MemberFile found : MemberFile.findAll(ports, command.staff(), command.member(), command.documents())) {
            counts.put(found.file().id(), renditions.countPages(found.file().id(), found.file().stored().type()));
        }
        return counts;
    }
}
