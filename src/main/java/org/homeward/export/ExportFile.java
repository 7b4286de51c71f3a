package org.homeward.export;

import java.nio.file.Path;

/** The file of a finished export: where it is, the name to download it as, and its media type. */
public record ExportFile(Path path, String downloadName, String mediaType) {
}
