package org.uptake.platform;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a request: the field, a message key of a module bundle and its arguments. Arguments
 * stay typed (dates, times, kinds) until they are written in the reader's language (in the maker space: Localized#arguments).
 */
public record Issue(String field, String messageKey, List<Object> args) {

    public static Issue of(String field, String messageKey, Object... args) {
        return new Issue(field, messageKey, Arrays.asList(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
