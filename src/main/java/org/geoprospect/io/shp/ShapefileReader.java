package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a shapefile set (.shp with its .shx and .dbf, optional .prj and .cpg) into memory.
 *
 * <p>Geometries come out as JTS geometries without SRID (Z kept, M dropped); attributes are typed as
 * described in {@link DbfReader}; feature ids are 1-based record numbers. Records without geometry are
 * skipped and listed in {@link ShapefileData#warnings()}.
 *
 * <p>DBF text encoding, first that applies: the forced charset; the .cpg; the DBF language driver
 * byte; otherwise UTF-8 when every text byte is valid UTF-8, else windows-1252.
 *
 * <p>Any unreadable input (missing .shx/.dbf, truncated or damaged files, junk) gives a
 * {@link ShapefileFormatException} whose message is one sentence naming the file. Stateless and
 * thread-safe; each call reads its own files.
 */
public final class ShapefileReader {
    private static final int MAX_SIDECAR_BYTES = 64 * 1024;
    private static final int CHECK_EVERY = 1024;

    private ShapefileReader() {
    }

    /** Reads a shapefile set with automatic encoding detection and no progress reporting. */
    public static ShapefileData read(Path shpPath) throws IOException {
        return read(shpPath, null, ProgressMonitor.NONE);
    }

    /**
     * Reads a shapefile set.
     *
     * @param shpPath       the .shp file; its siblings are found by base name, in any letter case
     * @param forcedCharset DBF text encoding chosen by the user, or null to detect it
     * @param monitor       told the progress in records and asked between batches whether to stop
     * @throws ShapefileFormatException when a file is missing, unreadable or damaged
     * @throws CancelledException       when the monitor asked to stop (nothing is kept)
     */
    public static ShapefileData read(Path shpPath, Charset forcedCharset, ProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(shpPath, "shpPath");
        Objects.requireNonNull(monitor, "monitor");
        String shpName = ShapefilePaths.fileName(shpPath);
        try {
            return readChecked(shpPath, shpName, forcedCharset, monitor);
        } catch (ShapefileFormatException | CancelledException expected) {
            throw expected;
        } catch (NoSuchFileException missing) {
            throw new ShapefileFormatException(ShapefilePaths.fileName(Path.of(missing.getFile()))
                    + " was not found.", missing);
        } catch (AccessDeniedException denied) {
            throw new ShapefileFormatException(ShapefilePaths.fileName(Path.of(denied.getFile()))
                    + " cannot be opened: access denied.", denied);
        } catch (IOException io) {
            throw new ShapefileFormatException(shpName + " could not be read (" + io.getMessage() + ").", io);
        } catch (OutOfMemoryError tooBig) {
            // Every size read from the files is checked first, so this means a genuinely large, valid layer.
            throw new ShapefileFormatException(shpName + " is too large to load into the memory available;"
                    + " import a smaller extract or give the application more memory.", tooBig);
        } catch (RuntimeException unexpected) {
            // Last line of defence: whatever slipped past the checks is still one sentence for the user.
            throw new ShapefileFormatException(shpName + " could not be read: the file set is damaged or is not"
                    + " a shapefile.", unexpected);
        }
    }

    private static ShapefileData readChecked(Path shpPath, String shpName, Charset forcedCharset,
                                             ProgressMonitor monitor) throws IOException {
        if (!Files.isRegularFile(shpPath)) {
            throw new ShapefileFormatException(shpName + " was not found.");
        }
        ShapefilePaths paths = ShapefilePaths.forReading(shpPath);
        String base = shpName.contains(".") ? shpName.substring(0, shpName.lastIndexOf('.')) : shpName;
        if (paths.shx() == null) {
            throw new ShapefileFormatException(base + ".shx, the index that must accompany " + shpName
                    + ", is missing; copy it into the same folder.");
        }
        if (paths.dbf() == null) {
            throw new ShapefileFormatException(base + ".dbf, the attribute table that must accompany " + shpName
                    + ", is missing; copy it into the same folder.");
        }
        ReadWarnings warnings = new ReadWarnings();
        try (ChannelWindow shp = new ChannelWindow(shpPath);
             DbfReader dbf = DbfReader.open(paths.dbf(), warnings)) {
            ShpIndex index = ShpIndex.read(shp, shpName, paths.shx());
            int count = index.offsets.length;
            if (dbf.recordCount() != count) {
                throw new ShapefileFormatException(ShapefilePaths.fileName(paths.dbf()) + " has "
                        + dbf.recordCount() + " records but " + ShapefilePaths.fileName(paths.shx()) + " indexes "
                        + count + " shapes; the files do not belong together.");
            }
            Charset charset = chooseCharset(forcedCharset, paths.cpg(), dbf, warnings);
            dbf.useCharset(charset);
            String prj = paths.prj() == null ? null : readSidecar(paths.prj(), warnings);
            ShpRecordDecoder decoder = new ShpRecordDecoder(index.type, new GeometryFactory(), warnings, shpName);
            List<VectorFeature> features = new ArrayList<>(count);
            monitor.progress(0, count);
            for (int i = 0; i < count; i++) {
                if (i % CHECK_EVERY == 0 && i > 0) {
                    monitor.checkCancelled();
                    monitor.progress(i, count);
                }
                Geometry geometry = readGeometry(shp, shpName, index.offsets[i], i + 1L, decoder);
                Map<String, Object> attributes = dbf.read(i);
                if (geometry != null) {
                    features.add(new VectorFeature(i + 1L, geometry, attributes));
                }
            }
            monitor.checkCancelled();
            monitor.progress(count, count);
            if (dbf.deletedRecords() > 0) {
                warnings.add(dbf.deletedRecords() + " records of " + ShapefilePaths.fileName(paths.dbf())
                        + " are marked as deleted; they were read like the others.");
            }
            return new ShapefileData(index.type.kind, dbf.fields(), features, prj, charset, warnings.toList());
        }
    }

    private static Geometry readGeometry(ChannelWindow shp, String shpName, long offset, long recordNumber,
                                         ShpRecordDecoder decoder) throws IOException {
        ByteBuffer header = shp.at(offset, 8, ByteOrder.BIG_ENDIAN);
        long contentBytes = 2L * header.getInt(header.position() + 4);
        if (contentBytes < 0) {
            throw new ShapefileFormatException("Record " + recordNumber + " of " + shpName + " has a negative"
                    + " content length; the file is damaged, export it again from its source.");
        }
        if (offset + 8 + contentBytes > shp.size()) {
            throw new ShapefileFormatException("Record " + recordNumber + " of " + shpName + " claims "
                    + contentBytes + " bytes of content, past the end of the file; the file is truncated or"
                    + " damaged.");
        }
        ByteBuffer content = shp.at(offset + 8, (int) contentBytes, ByteOrder.LITTLE_ENDIAN);
        return decoder.decode(content, recordNumber);
    }

    private static Charset chooseCharset(Charset forced, Path cpg, DbfReader dbf, ReadWarnings warnings)
            throws IOException {
        if (forced != null) {
            return forced;
        }
        if (cpg != null) {
            String text = readSidecar(cpg, warnings);
            Optional<Charset> named = DbfCodePages.fromCpg(text);
            if (named.isPresent()) {
                return named.get();
            }
            warnings.add(ShapefilePaths.fileName(cpg) + " names an unknown encoding; the encoding was guessed"
                    + " instead.");
        }
        Optional<Charset> byDriver = DbfCodePages.fromLanguageDriver(dbf.languageDriver());
        if (byDriver.isPresent()) {
            return byDriver.get();
        }
        return dbf.textIsValidUtf8() ? StandardCharsets.UTF_8 : DbfCodePages.WINDOWS_1252;
    }

    /** Reads a small text sidecar (.prj, .cpg): UTF-8 if valid, else windows-1252; null if oversized. */
    private static String readSidecar(Path path, ReadWarnings warnings) throws IOException {
        long size = Files.size(path);
        if (size > MAX_SIDECAR_BYTES) {
            warnings.add(ShapefilePaths.fileName(path) + " is too large (" + size + " bytes) to be what its"
                    + " extension says; it was ignored.");
            return null;
        }
        byte[] bytes = Files.readAllBytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, DbfCodePages.WINDOWS_1252);
        }
        text = text.strip();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1).strip();
        }
        return text;
    }
}
