package jp.kenpo.kennin.adapters.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.document.DocumentLimits;

/** The storage contract with documents kept as files beside the staging area. */
class FileSystemStorageBehaviourTest extends StorageBehaviourContract {
    @Override
    protected FileSystemDocumentStorage storage(Path root, DocumentLimits limits) {
        return new FileSystemDocumentStorage(root, limits);
    }

    @Override
    protected List<String> keptNames() throws IOException {
        Path documents = root.resolve("documents");
        try (Stream<Path> files = Files.walk(documents)) {
            return files.filter(Files::isRegularFile).map(documents::relativize).map(Path::toString).toList();
        }
    }
}
