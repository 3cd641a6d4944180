package jp.kenpo.kennin.adapters.documents;

import com.drew.imaging.heif.HeifHandler;
import com.drew.imaging.heif.HeifReader;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.lang.SequentialReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.heif.HeifBoxTypes;
import com.drew.metadata.heif.HeifContainerTypes;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.heif.boxes.Box;
import com.drew.metadata.heif.boxes.FullBox;
import com.drew.metadata.heif.boxes.ImageSpatialExtentsProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.document.DocumentRejection;

/**
 * Checks a HEIC/HEIF image by the dimensions its {@code ispe} properties declare, without decoding.
 *
 * <p>metadata-extractor reads the boxes, but its own {@link HeifDirectory} keeps only the first
 * {@code ispe}, which on an iPhone photo is a 512 × 512 tile and in a hostile file could be a decoy
 * in front of a huge one. So its {@link HeifReader} is driven with a handler that collects every
 * {@code ispe}, and each must pass the limit. A HEIF image without any is malformed by the standard.
 */
final class HeifInspector {
    private final PixelLimit limit;

    HeifInspector(PixelLimit limit) {
        this.limit = limit;
    }

    Optional<DocumentRejection> inspect(Path file) {
        SpatialExtents collected = new SpatialExtents();
        // A stream without mark support: with one, HeifReader marks the whole file to re-read it, and
        // a BufferedInputStream would then hold the file in memory. One pass is enough for ispe boxes.
        try (InputStream in = Files.newInputStream(file)) {
            new HeifReader().extract(in, collected);
        } catch (IOException | RuntimeException e) {
            return Optional.of(DocumentRejection.IMAGE_CORRUPT);
        }
        if (collected.malformed || collected.extents.isEmpty()) {
            return Optional.of(DocumentRejection.IMAGE_CORRUPT);
        }
        return collected.extents.stream()
                .map(extent -> limit.judge(extent.width(), extent.height()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record Extent(long width, long height) {
    }

    private static final class SpatialExtents extends HeifHandler<HeifDirectory> {
        /** Size of an {@code ispe} box: header 8, version and flags 4, width and height 4 each. */
        private static final long ISPE_BOX_SIZE = 20;
        private static final Set<String> CONTAINERS = Set.of(
                HeifContainerTypes.BOX_METADATA, HeifContainerTypes.BOX_IMAGE_PROPERTY, HeifContainerTypes.BOX_ITEM_PROPERTY);

        private final List<Extent> extents = new ArrayList<>();
        private final Set<String> enteredContainers = new HashSet<>();
        private boolean malformed;

        SpatialExtents() {
            super(new Metadata());
        }

        @Override
        protected HeifDirectory getDirectory() {
            return new HeifDirectory();
        }

        @Override
        protected boolean shouldAcceptContainer(Box box) {
            if (!CONTAINERS.contains(box.type)) {
                return false;
            }
            // A HEIF image has one meta, one iprp, one ipco. Entering each once also bounds nesting,
            // which the reader follows by recursion.
            if (!enteredContainers.add(box.type)) {
                malformed = true;
                return false;
            }
            return true;
        }

        @Override
        protected void processContainer(Box box, SequentialReader reader) throws IOException {
            if (HeifContainerTypes.BOX_METADATA.equals(box.type)) {
                // meta is a full box: its version and flags come before the boxes inside, so read past them.
                new FullBox(reader, box);
            }
        }

        @Override
        protected boolean shouldAcceptBox(Box box) {
            if (!HeifBoxTypes.BOX_IMAGE_SPATIAL_EXTENTS.equals(box.type)) {
                return false;
            }
            // The reader allocates the declared box size before reading it: never let a file declare it.
            if (box.size != ISPE_BOX_SIZE) {
                malformed = true;
                return false;
            }
            return true;
        }

        @Override
        protected HeifHandler<?> processBox(Box box, byte[] payload) throws IOException {
            HeifDirectory extent = new HeifDirectory();
            new ImageSpatialExtentsProperty(new SequentialByteArrayReader(payload), box).addMetadata(extent);
            try {
                extents.add(new Extent(extent.getLong(HeifDirectory.TAG_IMAGE_WIDTH), extent.getLong(HeifDirectory.TAG_IMAGE_HEIGHT)));
            } catch (MetadataException e) {
                malformed = true;
            }
            return this;
        }
    }
}
