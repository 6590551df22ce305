package org.uptake.platform;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where modules keep uploaded files. Keys are chosen by the caller (such as {@code funding/<application>/<uuid>}) and
 * never come from user input. The file-system implementation serves one node or several on a shared directory; an
 * S3-compatible implementation is the production choice behind the same interface.
 */
public interface FileStorage {

    /** Stores the bytes under the key; callers make keys unique (a UUID in each), so nothing is overwritten. */
    void store(String key, byte[] content);

    Optional<byte[]> read(String key);

    /** Removes the file; nothing happens when there is none. */
    void delete(String key);

    /** What the bytes are, judged by their content (magic numbers); the file name only refines a container type. */
    String detectType(InputStream content, String fileName);
}
